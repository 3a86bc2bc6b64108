package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thethuc.uno.it.Accessibility.await;
import static vn.thethuc.uno.it.Accessibility.button;
import static vn.thethuc.uno.it.Accessibility.click;

import com.sun.star.accessibility.AccessibleRole;
import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Office;

/** Chèn thể thức văn bản… as a user meets it: the dialog filled and pressed through the accessibility API. */
class InsertDialogIT extends WithOffice {
    static final String TITLE = "Thể Thức — Insert document layout";
    @BeforeAll
    static void english() throws Exception {
        Config.setUiLocale(office, "en-US");
    }

    static XAccessibleContext open(XComponent doc) throws Exception {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.INSERT.url());
        assertEquals("DONE", a.status(), a.message());
        return Accessibility.awaitDialog(office, TITLE);
    }

    static void awaitClosed() throws Exception {
        Accessibility.awaitClosed(office, TITLE);
    }

    @Test
    void filledAndInsertedItLaysOutTheAgencysPlanAsOneUndoStep() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            String before = Checks.normalized(Checks.report(office, doc, "draft", null));
            XAccessibleContext d = open(doc);
            Accessibility.type(d, "Parent agency", "UBND THÀNH PHỐ CẦN THƠ");
            Accessibility.type(d, "Issuing agency", "SỞ TƯ PHÁP");
            Accessibility.type(d, "Agency abbreviation", "STP");
            Accessibility.type(d, "Number (empty in a draft)", "7");
            Accessibility.type(d, "Date (day/month/year)", "05/02/2026");
            Accessibility.type(d, "Place", "Cần Thơ");
            Accessibility.type(d, "Subject (trích yếu)", "Thực hiện công tác bình đẳng giới năm 2026");
            Accessibility.type(d, "Signer's title", "Phó Giám đốc");
            click(button(d, "Insert"));
            await(d, c -> c.getAccessibleRole() == AccessibleRole.LABEL
                    && c.getAccessibleName().startsWith("Fill in \"Signer's name\""), "what is missing, named");
            Accessibility.type(d, "Signer's name", "Trần Thị Bình");
            click(button(d, "Insert"));
            awaitClosed();

            String after = Checks.normalized(Checks.report(office, doc, "draft", null));
            for (String expected : List.of("UBND THÀNH PHỐ CẦN THƠ", "SỞ TƯ PHÁP", "Số: 07/KH-STP",
                    "Cần Thơ, ngày 05 tháng 02 năm 2026", "KẾ HOẠCH", "IV. TỔ CHỨC THỰC HIỆN", "Trần Thị Bình")) {
                assertTrue(after.contains(expected), expected + " in " + after);
            }
            var issue = Checks.report(office, doc, "issue", null);
            assertEquals(List.of(), Checks.problems(issue).stream().filter(p -> !p.contains("ND30.TEXT.PLACEHOLDER")).toList(),
                    "issue mode: nothing but the placeholders left to write");
            assertTrue(Checks.problems(issue).stream().anyMatch(p -> p.contains("ND30.TEXT.PLACEHOLDER")), "issue mode");
            XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            undo.undo();
            assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)));
            assertFalse(undo.isUndoPossible(), "more than one undo step");
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void insertNextPartFromTheDialogContinuesTheNumbering() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            CommandCall.dispatch(office, doc, Command.INSERT.url(), Office.property("Interactive", false),
                    Office.property("Type", "BC"));
            var controller = UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, doc).getCurrentController();
            var view = UnoRuntime.queryInterface(com.sun.star.text.XTextViewCursorSupplier.class, controller).getViewCursor();
            view.gotoEnd(false);
            XAccessibleContext d = open(doc);
            click(button(d, "Insert next part"));
            awaitClosed();
            assertTrue(Checks.normalized(Checks.report(office, doc, "draft", null)).contains("V. TÊN PHẦN"));
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void aWrongDateIsNamedAndCancelChangesNothing() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            String before = Checks.normalized(Checks.report(office, doc, "draft", null));
            XAccessibleContext d = open(doc);
            Accessibility.type(d, "Date (day/month/year)", "31/02/2026");
            click(button(d, "Insert"));
            await(d, c -> c.getAccessibleRole() == AccessibleRole.LABEL
                    && c.getAccessibleName().startsWith("The date «31/02/2026» is not valid"), "the date named");
            assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)));
            click(button(d, "Cancel"));
            awaitClosed();
            assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)));
            assertFalse(UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().isUndoPossible());
        } finally {
            Office.closeDocument(doc);
        }
    }
}
