package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.lang.XComponent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;

/**
 * The check on the Word files agencies wrote (../shared/real, test data only), against labels decided by
 * reading each of them (labels.json). What still differs from the labels is listed in
 * known-deviations.txt (one per set: ../shared/real and ../shared/real-2, whose labels three independent
 * reviewers made): a new false finding or a new missed defect fails the test, and so does a listed
 * one that no longer happens (the list only shrinks: {@code -Dthethuc.accuracy.record=true} writes it
 * anew). The figures go to target/accuracy.md; {@code bin/thethuc bench accuracy} prints them.
 *
 * <p>With {@code -Dthethuc.accuracy.set=DIR -Dthethuc.accuracy.labels=FILE} it scores another labelled set
 * instead (the held-out documents, {@code bin/thethuc bench accuracy --set DIR}): figures only, no list of
 * deviations to keep.
 */
class RealDocumentsIT extends WithOffice {
    static final Path REAL = Fixtures.SHARED.resolve("real");
    static final Path REAL_2 = Fixtures.SHARED.resolve("real-2");

    @BeforeAll
    static void freshFigures() throws Exception {
        Files.deleteIfExists(Fixtures.BASEDIR.resolve("target/accuracy.md"));
    }

    /** ../shared/real, labelled by this project (labels.json). */
    @Test
    void theCheckOnRealWordFilesIsAsTheirLabelsSay() throws Exception {
        String set = System.getProperty("thethuc.accuracy.set", "");
        if (!set.isBlank()) {
            try (InputStream in = Files.newInputStream(Path.of(System.getProperty("thethuc.accuracy.labels")))) {
                score(set, Path.of(set), Accuracy.documents(in), null);
            }
            return;
        }
        score("real", REAL, Accuracy.documents(), "/vn/thethuc/real/known-deviations.txt");
    }

    /** ../shared/real-2, labelled by three independent reviewers (labels-A/B/C.json, read as they are). */
    @Test
    void theCheckOnTheReviewedWordFilesIsAsTheReviewersSay() throws Exception {
        if (!System.getProperty("thethuc.accuracy.set", "").isBlank()) {
            return;
        }
        score("real-2", REAL_2, ReviewerLabels.documents(REAL_2), "/vn/thethuc/real2/known-deviations.txt");
    }

    private void score(String name, Path dir, List<Accuracy.Document> documents, String knownList) throws Exception {
        List<Accuracy.Score> scores = new ArrayList<>();
        for (Accuracy.Document doc : documents) {
            Path file = dir.resolve(doc.file());
            assertTrue(Files.isRegularFile(file), "missing " + file);
            System.out.println("checking " + doc.file());
            XComponent d = office.open(file);
            try {
                CommandCall.Answer a = CommandCall.dispatch(office, d, Command.CHECK.url(),
                        Office.property("Interactive", false), Office.property("Mode", doc.mode()),
                        Office.property("Language", "en"), Office.property("IncludeSnapshot", "yes"));
                assertEquals("DONE", a.status(), doc.file() + ": " + a.message());
                JsonObject report = JsonParser.parseString(a.payload()).getAsJsonObject();
                scores.add(Accuracy.score(doc, Accuracy.findings(report)));
            } finally {
                office.closeDoc(d);
            }
        }
        String table = "## " + name + "\n\n" + Accuracy.markdown(scores) + "\n";
        Path out = Fixtures.BASEDIR.resolve("target/accuracy.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(table);

        List<String> deviations = new ArrayList<>();
        scores.forEach(s -> deviations.addAll(s.deviations()));
        deviations.sort(null);
        if (knownList == null) {
            deviations.forEach(System.out::println);
            return;
        }
        if (Boolean.getBoolean("thethuc.accuracy.record")) {
            Path known = Fixtures.BASEDIR.resolve("extension/src/test/resources" + knownList);
            Files.createDirectories(known.getParent());
            Files.writeString(known, String.join("\n", deviations) + (deviations.isEmpty() ? "" : "\n"));
            return;
        }
        List<String> known = known(knownList);
        List<String> added = new ArrayList<>(deviations);
        known.forEach(added::remove);
        List<String> gone = new ArrayList<>(known);
        deviations.forEach(gone::remove);
        assertEquals(List.of(), added, name + ": new differences from the labels (false findings, missed defects)");
        assertEquals(List.of(), gone, name + ": fixed: remove them from " + knownList + " (-Dthethuc.accuracy.record=true)");
    }

    private static List<String> known(String list) throws Exception {
        try (InputStream in = RealDocumentsIT.class.getResourceAsStream(list)) {
            if (in == null) {
                return List.of();
            }
            List<String> lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList());
            lines.sort(null);
            return lines;
        }
    }
}
