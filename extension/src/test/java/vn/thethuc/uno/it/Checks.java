package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.lang.XComponent;
import java.util.ArrayList;
import java.util.List;
import vn.thethuc.command.Command;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Run;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;

/** The check as the tests call it: through the dispatched command, reports compared as the user sees them. */
final class Checks {
    private Checks() {
    }

    /** The check's report through the real command, with the snapshot; {@code apply} as the Apply argument (may be null). */
    static JsonObject report(Office office, XComponent doc, String mode, String apply) throws Exception {
        List<com.sun.star.beans.PropertyValue> args = new ArrayList<>(List.of(
                Office.property("Interactive", false), Office.property("Mode", mode), Office.property("Language", "en"),
                Office.property("IncludeSnapshot", "yes")));
        if (apply != null) {
            args.add(Office.property("Apply", apply));
        }
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                args.toArray(new com.sun.star.beans.PropertyValue[0]));
        assertEquals("DONE", a.status(), a.message());
        return JsonParser.parseString(a.payload()).getAsJsonObject();
    }

    /** The snapshot with adjacent runs of equal format merged: what the user sees, not how portions split. */
    static String normalized(JsonObject report) {
        DocumentSnapshot s = vn.thethuc.report.ReportJson.GSON.fromJson(report.get("snapshot"), DocumentSnapshot.class);
        List<Object> out = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) {
            List<Run> merged = new ArrayList<>();
            for (Run r : p.runs()) {
                Run last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && last.font().equals(r.font()) && last.sizePt() == r.sizePt() && last.bold() == r.bold()
                        && last.italic() == r.italic() && last.color() == r.color()) {
                    merged.set(merged.size() - 1, new Run(last.text() + r.text(), r.font(), r.sizePt(), r.bold(),
                            r.italic(), r.color()));
                } else {
                    merged.add(r);
                }
            }
            out.add(List.of(p.text(), merged, p.alignment(), p.firstLineIndentMm(), p.spaceBeforePt(),
                    p.spaceAfterPt(), p.lineSpacing(), p.place()));
        }
        out.add(s.pageStyles());
        return out.toString();
    }

    static List<String> rules(JsonObject report) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : report.getAsJsonArray("findings")) {
            out.add(e.getAsJsonObject().get("rule").getAsString());
        }
        return out;
    }

    /** Warnings and errors as {@code "RULE SEVERITY"}: what must be absent from a clean document. */
    /**
     * {@link #problems} but the placeholders a template or an insertion leaves for the drafter
     * (ND30.TEXT.PLACEHOLDER: a warning in a draft, an error in issue mode): what a layout just made may have.
     */
    static List<String> besidesPlaceholders(List<String> problems) {
        return problems.stream().filter(p -> !p.startsWith("ND30.TEXT.PLACEHOLDER ")).toList();
    }

    static List<String> problems(JsonObject report) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : report.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            if (!f.get("severity").getAsString().equals("info")) {
                out.add(f.get("rule").getAsString() + " " + f.get("severity").getAsString().toUpperCase(java.util.Locale.ROOT)
                        + " | " + f.get("text").getAsString());
            }
        }
        return out;
    }
}
