package vn.thethuc.uno.it;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the check's findings on the real documents against their labels ({@code labels.json}): a
 * finding is right when a label names its rule and its paragraph, ignored when the label accepts it,
 * false otherwise; a label no finding meets is a missed defect.
 */
final class Accuracy {
    static final String LABELS = "/vn/thethuc/real/labels.json";

    record Label(String rule, String at, String why) {
        boolean matches(String findingRule, int paragraph, String paragraphText, String findingText) {
            if (!rule.equals(findingRule)) {
                return false;
            }
            if (at.isEmpty()) {
                return true;
            }
            for (String alt : at.split("\\|")) {
                String a = norm(alt);
                if (paragraph >= 0 && starts(norm(paragraphText), a) || !findingText.isBlank() && starts(norm(findingText), a)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether text starts with the label's words, "…" standing for any words left out (a leading one: anywhere). */
        static boolean starts(String text, String at) {
            String[] pieces = at.split("…", -1);
            if (!text.startsWith(pieces[0].strip())) {
                return false;
            }
            int from = pieces[0].strip().length();
            for (int i = 1; i < pieces.length; i++) {
                String piece = pieces[i].strip();
                int k = text.indexOf(piece, from);
                if (k < 0) {
                    return false;
                }
                from = k + piece.length();
            }
            return true;
        }
    }

    /**
     * {@code onePerLabel}: each expected label is met by one finding at most (a set whose labels count findings
     * rule by rule, as ../shared/real-2's reviewers judged them one by one); else any number may meet one.
     */
    record Document(String file, String mode, List<Label> expect, List<Label> accept, String notes, boolean onePerLabel) {
        Document(String file, String mode, List<Label> expect, List<Label> accept, String notes) {
            this(file, mode, expect, accept, notes, false);
        }
    }

    /** A finding as the report gives it, with the text of the paragraph it points at. */
    record Found(String rule, String severity, int paragraph, String paragraphText, String text, String message) {
        boolean isError() {
            return severity.equals("error");
        }
    }

    /** One document's score. */
    record Score(Document doc, List<Found> right, List<Found> wrong, List<Label> missed) {
        long rightErrors() {
            return right.stream().filter(Found::isError).count();
        }

        long wrongErrors() {
            return wrong.stream().filter(Found::isError).count();
        }

        long rightWarnings() {
            return right.size() - rightErrors();
        }

        long wrongWarnings() {
            return wrong.size() - wrongErrors();
        }

        /** What differs from the labels, one line each: what the known-deviations list records. */
        List<String> deviations() {
            List<String> out = new ArrayList<>();
            for (Found f : wrong) {
                out.add(doc.file() + " | false " + f.severity() + " | " + f.rule() + " | " + excerpt(f));
            }
            for (Label l : missed) {
                out.add(doc.file() + " | missed | " + l.rule() + " | " + l.at());
            }
            return out;
        }
    }

    private Accuracy() {
    }

    static List<Document> documents() throws IOException {
        try (InputStream in = Accuracy.class.getResourceAsStream(LABELS)) {
            return documents(in);
        }
    }

    /** The documents of a labels file (the real set's, or a held-out set's). */
    static List<Document> documents(InputStream in) throws IOException {
        JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        List<Document> docs = new ArrayList<>();
        boolean onePerLabel = root.has("onePerLabel") && root.get("onePerLabel").getAsBoolean();
        for (JsonElement e : root.getAsJsonArray("documents")) {
            JsonObject d = e.getAsJsonObject();
            docs.add(new Document(d.get("file").getAsString(), d.get("mode").getAsString(), labels(d.getAsJsonArray("expect")),
                    labels(d.getAsJsonArray("accept")), d.get("notes").getAsString(), onePerLabel));
        }
        return docs;
    }

    static List<Label> labels(JsonArray a) {
        List<Label> out = new ArrayList<>();
        if (a != null) {
            for (JsonElement e : a) {
                JsonObject l = e.getAsJsonObject();
                out.add(new Label(l.get("rule").getAsString(), l.has("at") ? l.get("at").getAsString() : "",
                        l.get("why").getAsString()));
            }
        }
        return out;
    }

    /** The errors and warnings of a report (with its snapshot), each with its paragraph's text. */
    static List<Found> findings(JsonObject report) {
        JsonArray paragraphs = report.getAsJsonObject("snapshot").getAsJsonArray("paragraphs");
        List<Found> out = new ArrayList<>();
        for (JsonElement e : report.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            String severity = f.get("severity").getAsString();
            if (severity.equals("info")) {
                continue;
            }
            int p = f.get("paragraph").getAsInt();
            String text = p >= 0 && p < paragraphs.size()
                    ? paragraphs.get(p).getAsJsonObject().get("text").getAsString() : "";
            out.add(new Found(f.get("rule").getAsString(), severity, p, text, f.get("text").getAsString(),
                    f.get("message").getAsString()));
        }
        return out;
    }

    static Score score(Document doc, List<Found> findings) {
        List<Found> right = new ArrayList<>();
        List<Found> wrong = new ArrayList<>();
        // by identity: two reviewers' labels may be equal records and still be two defects
        Set<Label> hit = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Found f : findings) {
            Label label = doc.expect().stream()
                    .filter(l -> !(doc.onePerLabel() && hit.contains(l)))
                    .filter(l -> l.matches(f.rule(), f.paragraph(), f.paragraphText(), f.text())).findFirst().orElse(null);
            if (label != null) {
                hit.add(label);
                right.add(f);
            } else if (doc.accept().stream().noneMatch(l -> l.matches(f.rule(), f.paragraph(), f.paragraphText(), f.text()))) {
                wrong.add(f);
            }
        }
        List<Label> missed = doc.expect().stream().filter(l -> !hit.contains(l)).toList();
        return new Score(doc, right, wrong, missed);
    }

    /** The figures the issue asks for, over all documents. */
    record Totals(int documents, long rightErrors, long wrongErrors, long rightWarnings, long wrongWarnings, long labels,
            long missed) {
        static Totals of(List<Score> scores) {
            return new Totals(scores.size(), scores.stream().mapToLong(Score::rightErrors).sum(),
                    scores.stream().mapToLong(Score::wrongErrors).sum(), scores.stream().mapToLong(Score::rightWarnings).sum(),
                    scores.stream().mapToLong(Score::wrongWarnings).sum(),
                    scores.stream().mapToLong(s -> s.doc().expect().size()).sum(),
                    scores.stream().mapToLong(s -> s.missed().size()).sum());
        }

        double errorPrecision() {
            return ratio(rightErrors, rightErrors + wrongErrors);
        }

        double warningPrecision() {
            return ratio(rightWarnings, rightWarnings + wrongWarnings);
        }

        double recall() {
            return ratio(labels - missed, labels);
        }

        double falseErrorsPerDocument() {
            return documents == 0 ? 0 : (double) wrongErrors / documents;
        }

        private static double ratio(long a, long b) {
            return b == 0 ? 1 : (double) a / b;
        }
    }

    /** The table docs/ACCURACY.md records. */
    static String markdown(List<Score> scores) {
        Totals t = Totals.of(scores);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "| documents | error precision | false errors / document | recall | warning precision |%n"));
        sb.append("|---:|---:|---:|---:|---:|\n");
        sb.append(String.format(Locale.ROOT, "| %d | %.3f (%d/%d) | %.2f | %.3f (%d/%d) | %.3f (%d/%d) |%n%n", t.documents(),
                t.errorPrecision(), t.rightErrors(), t.rightErrors() + t.wrongErrors(), t.falseErrorsPerDocument(), t.recall(),
                t.labels() - t.missed(), t.labels(), t.warningPrecision(), t.rightWarnings(),
                t.rightWarnings() + t.wrongWarnings()));
        sb.append("| file | mode | right errors | false errors | right warnings | false warnings | labelled | missed |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d |%n", s.doc().file(), s.doc().mode(),
                    s.rightErrors(), s.wrongErrors(), s.rightWarnings(), s.wrongWarnings(), s.doc().expect().size(),
                    s.missed().size()));
        }
        return sb.toString();
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace("\u00ad", "").replace('\u00a0', ' ').replace('\t', ' ').replaceAll("\\s+", " ")
                .strip();
    }

    private static String excerpt(Found f) {
        String t = norm(f.paragraph() >= 0 ? f.paragraphText() : f.text());
        return t.length() > 60 ? t.substring(0, 60) : t;
    }
}
