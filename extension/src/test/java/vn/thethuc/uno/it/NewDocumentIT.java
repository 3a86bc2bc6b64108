package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.lang.XComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thethuc.plan.DocType;
import vn.thethuc.plan.Spec;
import vn.thethuc.uno.service.NewDocument;
import vn.thethuc.uno.office.Office;

/** What {@code thethuc new} writes, for every type in both formats, reopened by LibreOffice and checked. */
class NewDocumentIT extends WithOffice {
    private static Path dir;

    @BeforeAll
    static void prepare() throws Exception {
        dir = Files.createTempDirectory("thethuc-new-");
    }

    static Stream<Arguments> cases() {
        return Stream.of(DocType.values()).flatMap(t -> Stream.of(Arguments.of(t, ".odt"), Arguments.of(t, ".docx")));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("cases")
    void writtenReopenedAndClean(DocType type, String ext) throws Exception {
        Path out = dir.resolve(type.name() + ext);
        NewDocument.write(office, type, Spec.sample(LocalDate.now()), out, false);
        assertTrue(Files.size(out) > 0);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "a temporary file was left behind");
        }
        XComponent doc = office.open(out);
        try {
            assertEquals(List.of(), Checks.besidesPlaceholders(Checks.problems(Checks.report(office, doc, "draft", null))),
                    "draft mode: nothing but the placeholders to write");
            List<String> issue = Checks.besidesPlaceholders(Checks.problems(Checks.report(office, doc, "issue", null)))
                    .stream().map(p -> p.substring(0, p.indexOf(" | "))).toList();
            assertEquals(List.of("ND30.SO_KY_HIEU.FORMAT ERROR"), issue, "issue mode: the blank number (and the placeholders)");
        } finally {
            Office.closeDocument(doc);
        }
    }
}
