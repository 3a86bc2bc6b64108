package vn.thethuc.uno.it;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of independent reviewers ({@code labels-*.json} of ../shared/real-2: for each file, the
 * findings they judged true, false or debatable and the defects they found missed) in this project's form,
 * mechanically, never from the check's output. A finding judged true is one expected finding of its rule
 * (their paragraph numbers come from another reading of the files, so the label names the rule only and
 * meets one finding); a debatable one, or a missed one they marked debatable, is accepted; one judged false
 * is simply not a label (the check finding it again is a false finding); a missed defect is expected where
 * one of the passages it quotes stands.
 */
final class ReviewerLabels {
    private static final Pattern QUOTE = Pattern.compile("'([^']{3,})'|\"([^\"]{3,})\"");

    private ReviewerLabels() {
    }

    static List<Accuracy.Document> documents(Path dir) throws IOException {
        Map<String, Accuracy.Document> byFile = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "labels-*.json")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            String reviewer = f.getFileName().toString().replaceAll("^labels-|\\.json$", "");
            JsonObject root = JsonParser.parseString(Files.readString(f)).getAsJsonObject();
            for (Map.Entry<String, JsonElement> e : root.entrySet()) {
                Accuracy.Document d = document(e.getKey(), reviewer, e.getValue().getAsJsonObject());
                Accuracy.Document before = byFile.get(d.file());
                byFile.put(d.file(), before == null ? d : merge(before, d));
            }
        }
        try (java.io.InputStream in = ReviewerLabels.class.getResourceAsStream(SUPPLEMENT)) {
            if (in != null) {
                JsonObject root = JsonParser.parseReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))
                        .getAsJsonObject();
                for (JsonElement e : root.getAsJsonArray("documents")) {
                    JsonObject d = e.getAsJsonObject();
                    Accuracy.Document before = byFile.get(d.get("file").getAsString());
                    if (before != null) {
                        List<Accuracy.Label> accept = new ArrayList<>(before.accept());
                        accept.addAll(Accuracy.labels(d.getAsJsonArray("accept")));
                        byFile.put(before.file(), new Accuracy.Document(before.file(), before.mode(), before.expect(), accept,
                                before.notes(), true));
                    }
                }
            }
        }
        return new ArrayList<>(byFile.values());
    }

    /** This project's additions: accepted findings only (rules the reviewers did not judge), never hits. */
    static final String SUPPLEMENT = "/vn/thethuc/real2/supplement.json";

    private static Accuracy.Document document(String file, String reviewer, JsonObject o) {
        List<Accuracy.Label> expect = new ArrayList<>();
        List<Accuracy.Label> accept = new ArrayList<>();
        for (JsonElement e : array(o, "findings")) {
            JsonObject f = e.getAsJsonObject();
            String where = f.get("paragraph").isJsonNull() ? "the document"
                    : "¶" + f.get("paragraph").getAsInt() + " of the reviewer's reading";
            Accuracy.Label l = new Accuracy.Label(f.get("rule").getAsString(), "",
                    "reviewer " + reviewer + ", " + where + ": " + f.get("why").getAsString());
            switch (f.get("verdict").getAsString()) {
                case "true" -> expect.add(l);
                case "debatable" -> accept.add(l);
                default -> {
                }
            }
        }
        for (JsonElement e : array(o, "missed")) {
            JsonObject m = e.getAsJsonObject();
            String where = m.get("where").getAsString();
            String why = m.get("why").getAsString();
            Accuracy.Label l = new Accuracy.Label(m.get("rule").getAsString(), at(where),
                    "reviewer " + reviewer + " (missed, " + where + "): " + why);
            (why.contains("[debatable") ? accept : expect).add(l);
        }
        String era = o.has("era") ? o.get("era").getAsString() : "";
        String notes = o.has("notes") ? o.get("notes").getAsString() : "";
        return new Accuracy.Document(file, "draft", expect, accept, era + "; " + notes, true);
    }

    /**
     * The places the reviewer quoted, each by its first words, as alternatives ("…" stands for words left out,
     * as Accuracy.Label reads it); none quoted: anywhere in the document.
     */
    static String at(String where) {
        Matcher m = QUOTE.matcher(where);
        List<String> alternatives = new ArrayList<>();
        while (m.find()) {
            String q = m.group(1) != null ? m.group(1) : m.group(2);
            q = q.replace("<tab>", " ").replace("...", "…").strip();
            q = q.replaceAll("[\\s…]*[.,;:]*$", "").replaceAll("…+$", "").strip();
            // a passage quoted from the paragraph, anywhere in it
            q = q.startsWith("…") ? q : "…" + q;
            if (!q.equals("…") && !alternatives.contains(q)) {
                alternatives.add(q);
            }
        }
        return String.join("|", alternatives);
    }

    private static Accuracy.Document merge(Accuracy.Document a, Accuracy.Document b) {
        List<Accuracy.Label> expect = new ArrayList<>(a.expect());
        expect.addAll(b.expect());
        List<Accuracy.Label> accept = new ArrayList<>(a.accept());
        accept.addAll(b.accept());
        return new Accuracy.Document(a.file(), a.mode(), expect, accept, a.notes() + " | " + b.notes(), true);
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
    }
}
