package vn.thethuc.report;

import java.util.List;

/** The check's report for a person reading a terminal. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(CheckReport report, vn.thethuc.i18n.Bundle texts) {
        StringBuilder sb = new StringBuilder();
        sb.append(texts.text("report.header", report.file(), report.documentType(),
                texts.text("report.mode." + report.mode()))).append('\n');
        for (String severity : List.of("error", "warning", "info")) {
            for (CheckReport.Item f : report.findings()) {
                if (!f.severity().equals(severity)) {
                    continue;
                }
                sb.append("  ").append(texts.text("report.severity." + severity)).append(' ').append(f.rule())
                        .append(f.paragraph() >= 0 ? " ¶" + (f.paragraph() + 1) : "")
                        .append(": ").append(f.message())
                        .append(' ').append(bracketed(f.clause()));
                if (f.fixable()) {
                    sb.append(' ').append(texts.text("report.fixable"));
                }
                sb.append('\n');
                String text = f.text();
                if (!text.isEmpty()) {
                    sb.append("      «").append(text.length() > 90 ? text.substring(0, 90) + "…" : text).append("»\n");
                }
            }
        }
        CheckReport.Summary s = report.summary();
        sb.append(texts.text("report.summary", s.errors(), s.warnings(), s.infos())).append('\n');
        return sb.toString();
    }

    /** "[Phụ lục I, II.9.b]"; a clause already in brackets ("[practice]") as it is. */
    private static String bracketed(String clause) {
        return clause.startsWith("[") ? clause : "[" + clause + "]";
    }
}
