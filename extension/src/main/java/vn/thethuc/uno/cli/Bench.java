package vn.thethuc.uno.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.XPageCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import vn.thethuc.command.Command;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;

/**
 * {@code bench check}: plans of 10, 100 and 500 pages built in LibreOffice; for each, the check's
 * time inside LibreOffice (snapshot + recognition + rules) beside a bare enumeration of the same
 * paragraphs with the same properties. Each figure is the fastest of several interleaved runs after a
 * warm-up: on a shared machine noise only ever adds time, and the median of the bare enumeration
 * alone was seen to move by ±25 % between runs.
 */
final class Bench {
    static final int RUNS = 7;
    private static final String PROSE = "Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền, sự phối hợp "
            + "của các cơ quan, đơn vị, địa phương trong việc triển khai các hoạt động thúc đẩy bình đẳng giới, "
            + "vì sự tiến bộ của phụ nữ trên địa bàn tỉnh; nâng cao nhận thức, trách nhiệm của các cấp, các ngành, "
            + "nhất là trách nhiệm của người đứng đầu đối với công tác bình đẳng giới.";

    private final Office office;
    private final PrintStream out;

    Bench(Office office, PrintStream out) {
        this.office = office;
        this.out = out;
    }

    void check(List<Integer> pageTargets) throws Exception {
        java.util.Map<Integer, JsonObject> slowest = new java.util.LinkedHashMap<>();
        out.println("pages | paragraphs | check (ms) | of which reading (ms) | bare enumeration (ms) | ratio");
        out.println("---:|---:|---:|---:|---:|---:");
        for (int target : pageTargets) {
            XComponent doc = plan(target);
            try {
                double[] check = new double[RUNS];
                double[] reading = new double[RUNS];
                double[] bare = new double[RUNS];
                JsonObject last = null;
                run(doc, "Timing");
                run(doc, "BareEnumeration");
                for (int i = 0; i < RUNS; i++) {
                    last = run(doc, "Timing");
                    check[i] = last.get("checkMs").getAsDouble();
                    reading[i] = last.get("snapshotMs").getAsDouble();
                    bare[i] = run(doc, "BareEnumeration").get("bareMs").getAsDouble();
                }
                double c = fastest(check);
                double b = fastest(bare);
                out.printf("%d | %d | %.0f | %.0f | %.0f | %.2f%n", last.get("pages").getAsInt(),
                        last.get("paragraphs").getAsInt(), c, fastest(reading), b, c / b);
                slowest.put(last.get("pages").getAsInt(), last.getAsJsonObject("ruleMs"));
            } finally {
                Office.closeDocument(doc);
            }
        }
        out.println();
        for (var e : slowest.entrySet()) {
            out.println(e.getKey() + " pages, slowest steps of the last run (ms): " + e.getValue().entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue().getAsDouble(), a.getValue().getAsDouble())).limit(6)
                    .map(r -> r.getKey() + " " + String.format(java.util.Locale.ROOT, "%.1f", r.getValue().getAsDouble()))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    private JsonObject run(XComponent doc, String what) throws OfficeException {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                Office.property("Interactive", false), Office.property(what, "yes"));
        if (!"DONE".equals(a.status())) {
            throw new OfficeException("the check failed: " + a.message());
        }
        return JsonParser.parseString(a.payload()).getAsJsonObject();
    }

    static double fastest(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    /** A plan laid out as NĐ30 asks, grown section by section until it has {@code pages} pages. */
    XComponent plan(int pages) throws Exception {
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop());
        XComponent doc = loader.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                new PropertyValue[] {Office.property("Hidden", true)});
        XNameAccess families = UnoRuntime.queryInterface(XStyleFamiliesSupplier.class, doc).getStyleFamilies();
        XPropertySet standard = UnoRuntime.queryInterface(XPropertySet.class,
                UnoRuntime.queryInterface(XNameAccess.class, families.getByName("ParagraphStyles")).getByName("Standard"));
        standard.setPropertyValue("CharFontName", "Times New Roman");
        standard.setPropertyValue("CharHeight", 14f);
        standard.setPropertyValue("ParaAdjust", com.sun.star.style.ParagraphAdjust.BLOCK);
        standard.setPropertyValue("ParaFirstLineIndent", 1000);
        standard.setPropertyValue("ParaBottomMargin", 212);
        XPropertySet page = UnoRuntime.queryInterface(XPropertySet.class,
                UnoRuntime.queryInterface(XNameAccess.class, families.getByName("PageStyles")).getByName("Standard"));
        vn.thethuc.uno.insert.DocumentBuilder.a4(page);

        XText text = UnoRuntime.queryInterface(XTextDocument.class, doc).getText();
        XTextCursor cursor = text.createTextCursor();
        line(text, cursor, "UBND TỈNH THÁI NGUYÊN", false, com.sun.star.style.ParagraphAdjust.CENTER);
        line(text, cursor, "SỞ Y TẾ", true, com.sun.star.style.ParagraphAdjust.CENTER);
        line(text, cursor, "Số: 05/KH-SYT", false, com.sun.star.style.ParagraphAdjust.CENTER);
        line(text, cursor, "KẾ HOẠCH", true, com.sun.star.style.ParagraphAdjust.CENTER);
        line(text, cursor, "Thực hiện công tác bình đẳng giới năm 2024", true, com.sun.star.style.ParagraphAdjust.CENTER);
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        int section = 0;
        while (pageCount(doc) < pages) {
            String roman = section < romans.length ? romans[section] : "X" + section;
            line(text, cursor, roman + ". NỘI DUNG THỰC HIỆN PHẦN " + (section + 1), true,
                    com.sun.star.style.ParagraphAdjust.BLOCK);
            for (int item = 1; item <= 10; item++) {
                line(text, cursor, item + ". Nhiệm vụ " + item, true, com.sun.star.style.ParagraphAdjust.BLOCK);
                for (int k = 0; k < 4; k++) {
                    line(text, cursor, "- " + PROSE, false, com.sun.star.style.ParagraphAdjust.BLOCK);
                }
            }
            section++;
        }
        return doc;
    }

    private static void line(XText text, XTextCursor cursor, String s, boolean bold,
            com.sun.star.style.ParagraphAdjust adjust) throws Exception {
        XPropertySet props = UnoRuntime.queryInterface(XPropertySet.class, cursor);
        props.setPropertyValue("CharWeight", bold ? com.sun.star.awt.FontWeight.BOLD : com.sun.star.awt.FontWeight.NORMAL);
        props.setPropertyValue("ParaAdjust", adjust);
        text.insertString(cursor, s, false);
        text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
    }

    private static int pageCount(XComponent doc) {
        XModel model = UnoRuntime.queryInterface(XModel.class, doc);
        var view = UnoRuntime.queryInterface(XTextViewCursorSupplier.class, model.getCurrentController()).getViewCursor();
        XPageCursor p = UnoRuntime.queryInterface(XPageCursor.class, view);
        p.jumpToLastPage();
        return p.getPage();
    }
}
