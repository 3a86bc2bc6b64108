package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thethuc.command.Command;
import vn.thethuc.plan.DocType;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;

/** Chèn thể thức văn bản in real LibreOffice: every type passes the check; one undo takes it all back. */
class InsertIT extends WithOffice {

    static CommandCall.Answer insert(XComponent doc, String type, String spec) throws Exception {
        return CommandCall.dispatch(office, doc, Command.INSERT.url(), Office.property("Interactive", false),
                Office.property("Language", "en"), Office.property("Type", type), Office.property("Spec", spec));
    }

    static JsonObject check(XComponent doc, String mode) throws Exception {
        return Checks.report(office, doc, mode, null);
    }

    static List<String> problems(JsonObject report) {
        return Checks.problems(report).stream().map(p -> p.substring(0, p.indexOf(" | "))).toList();
    }

    @ParameterizedTest
    @EnumSource(DocType.class)
    void everyTypeInsertedInANewDocumentPassesTheCheck(DocType type) throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            CommandCall.Answer a = insert(doc, type.name(), "{}");
            assertEquals("DONE", a.status(), a.message());
            assertEquals(List.of(), problems(check(doc, "draft")), "draft mode");
            assertEquals(List.of("ND30.SO_KY_HIEU.FORMAT ERROR"), problems(check(doc, "issue")),
                    "issue mode: only the blank number");
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void oneUndoRestoresTheDocument() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            String before = Checks.normalized(check(doc, "draft"));
            assertEquals("DONE", insert(doc, "KH", "{\"number\": \"12\"}").status());
            assertTrue(Checks.normalized(check(doc, "draft")).contains("Số: 12/KH-SYT"));
            XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            undo.undo();
            assertEquals(before, Checks.normalized(check(doc, "draft")));
            assertFalse(undo.isUndoPossible(), "the insertion took more than one undo step");
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void aBadSpecChangesNothing() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            String before = Checks.normalized(check(doc, "draft"));
            CommandCall.Answer a = insert(doc, "KH", "{\"signerAuthority\": \"K/T\"}");
            assertEquals("FAILED", a.status());
            assertTrue(a.message().contains("K/T"), a.message());
            assertEquals("FAILED", insert(doc, "XYZ", "{}").status());
            assertEquals(before, Checks.normalized(check(doc, "draft")));
        } finally {
            Office.closeDocument(doc);
        }
    }
}
