package vn.thethuc.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.recognize.Recognizer;
import vn.thethuc.rules.CheckMode;
import vn.thethuc.rules.Checker;
import vn.thethuc.rules.Finding;
import vn.thethuc.rules.Report;

/** Every type laid out from its description passes the checker: the description and the rules agree. */
class LayoutTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static DocumentSnapshot asRead(List<Block> blocks) {
        return Snapshots.asRead(blocks);
    }

    static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.severity() + " ¶" + f.paragraph())
                .collect(Collectors.toList());
    }

    /** The paragraphs holding a guidance sentence for the drafter to replace. */
    static List<Integer> guidance(List<Block> blocks) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).hasPlaceholder()) {
                out.add(i);
            }
        }
        return out;
    }

    /** Warnings and errors but the placeholders (checked apart). */
    static List<Finding> serious(Report r) {
        return r.findings().stream().filter(f -> f.severity() != vn.thethuc.profile.Severity.INFO)
                .filter(f -> !f.rule().equals("ND30.TEXT.PLACEHOLDER")).toList();
    }

    /** Each guidance sentence is reported as a placeholder (a warning in a draft), and nothing else is. */
    @ParameterizedTest
    @EnumSource(DocType.class)
    void everyTypePassesTheDraftCheckWithOnlyItsPlaceholdersLeft(DocType type) {
        List<Block> blocks = Layout.of(type, Spec.sample(TODAY));
        Report draft = Checker.standard().check(asRead(blocks), CheckMode.DRAFT, Set.of(), TODAY, Map.of());
        assertTrue(serious(draft).isEmpty(), type + ": " + findings(draft) + "\n" + blocks);
        List<Finding> left = draft.findings().stream().filter(f -> f.rule().equals("ND30.TEXT.PLACEHOLDER")).toList();
        assertEquals(guidance(blocks), left.stream().map(Finding::paragraph).toList(), type + ": " + findings(draft));
        assertTrue(left.stream().allMatch(f -> f.severity() == vn.thethuc.profile.Severity.WARNING));
        assertEquals(type == DocType.CV ? "CV" : type.code(), typeSeenBy(asRead(blocks)), "the type the checker recognises");
    }

    /** Issuing: the blank number, and the placeholders as errors (the signing gate stops an unfilled template). */
    @ParameterizedTest
    @EnumSource(DocType.class)
    void inIssueModeTheBlankNumberAndThePlaceholdersAreReported(DocType type) {
        List<Block> blocks = Layout.of(type, Spec.sample(TODAY));
        Report issue = Checker.standard().check(asRead(blocks), CheckMode.ISSUE, Set.of(), TODAY, Map.of());
        assertEquals(List.of("ND30.SO_KY_HIEU.FORMAT"), serious(issue).stream().map(Finding::rule).toList());
        assertEquals(guidance(blocks).size(), issue.findings().stream().filter(f -> f.rule().equals("ND30.TEXT.PLACEHOLDER")
                && f.severity() == vn.thethuc.profile.Severity.ERROR).count());
    }

    /** The blocks with each guidance sentence replaced by what a drafter writes. */
    static List<Block> filled(List<Block> blocks) {
        return blocks.stream().map(b -> !b.hasPlaceholder() ? b : new Block(b.style(), b.text().substring(0,
                b.placeholderStart()) + "Các đơn vị triển khai thực hiện đầy đủ, đúng thời hạn" + b.text().substring(
                        b.placeholderEnd()), b.zone())).toList();
    }

    @Test
    void aNumberedPlanPassesTheIssueCheck() throws Exception {
        Spec spec = Spec.fromJson("{\"number\": \"5\", \"date\": \"2026-11-20\"}", TODAY);
        List<Block> blocks = filled(Layout.of(DocType.KH, spec));
        assertTrue(blocks.stream().anyMatch(b -> b.text().equals("Số: 05/KH-SYT")));
        assertTrue(blocks.stream().anyMatch(b -> b.text().equals("Thái Nguyên, ngày 20 tháng 11 năm 2026")));
        Report issue = Checker.standard().check(asRead(blocks), CheckMode.ISSUE, Set.of(), TODAY, Map.of());
        assertTrue(issue.findings().stream().allMatch(f -> f.severity() == vn.thethuc.profile.Severity.INFO),
                findings(issue).toString());
    }

    @Test
    void signatureAuthorityFollowsDieu13() throws Exception {
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), Layout.authorityLines(Spec.sample(TODAY)));
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), Layout.authorityLines(Spec.fromJson(
                "{\"signerAuthority\": \"TM.\", \"headTitle\": \"Chủ tịch\", \"signerTitle\": \"Phó Chủ tịch\"}", TODAY)));
        assertEquals(List.of("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"), Layout.authorityLines(Spec.fromJson(
                "{\"signerAuthority\": \"TL.\", \"signerTitle\": \"Chánh Văn phòng\"}", TODAY)));
        assertEquals(List.of("GIÁM ĐỐC"), Layout.authorityLines(Spec.fromJson(
                "{\"signerAuthority\": \"\", \"signerTitle\": \"Giám đốc\"}", TODAY)));
    }

    @Test
    void aCongVanCarriesVvUnderItsNumberAndNoTypeLine() {
        List<Block> blocks = Layout.of(DocType.CV, Spec.sample(TODAY));
        int so = blocks.indexOf(blocks.stream().filter(b -> b.style() == Style.SO_KY_HIEU).findFirst().orElseThrow());
        assertEquals("Số:       /SYT-VP", blocks.get(so).text());
        assertTrue(blocks.get(so + 1).text().startsWith("V/v thực hiện"));
        assertTrue(blocks.stream().noneMatch(b -> b.style() == Style.TEN_LOAI));
    }

    @ParameterizedTest
    @EnumSource(DocType.class)
    void everyTextIsNfc(DocType type) {
        for (Block b : Layout.of(type, Spec.sample(TODAY))) {
            assertTrue(Normalizer.isNormalized(b.text(), Normalizer.Form.NFC), b.text());
        }
    }

    @Test
    void aBadSpecIsRefusedWithItsReason() {
        assertEquals("spec.malformed", assertThrows(Spec.Invalid.class, () -> Spec.fromJson("{", TODAY)).key());
        assertEquals("spec.unknownKey", assertThrows(Spec.Invalid.class,
                () -> Spec.fromJson("{\"agency\": \"SỞ Y TẾ\"}", TODAY)).key());
        assertEquals("spec.date", assertThrows(Spec.Invalid.class,
                () -> Spec.fromJson("{\"date\": \"31/02/2026\"}", TODAY)).key());
        assertEquals("spec.authority", assertThrows(Spec.Invalid.class,
                () -> Spec.fromJson("{\"signerAuthority\": \"K/T\"}", TODAY)).key());
        assertEquals("spec.number", assertThrows(Spec.Invalid.class,
                () -> Spec.fromJson("{\"number\": \"5a\"}", TODAY)).key());
        assertEquals("spec.notText", assertThrows(Spec.Invalid.class,
                () -> Spec.fromJson("{\"place\": 5}", TODAY)).key());
        assertEquals("spec.notList", assertThrows(Spec.Invalid.class,
                () -> Spec.fromJson("{\"recipients\": \"UBND tỉnh\"}", TODAY)).key());
    }

    @Test
    void everySpecErrorHasItsMessageInBothLanguages() {
        for (String key : List.of("spec.malformed", "spec.notObject", "spec.unknownKey", "spec.date", "spec.authority",
                "spec.number", "spec.notText", "spec.notList")) {
            for (String lang : List.of("vi", "en")) {
                assertTrue(vn.thethuc.i18n.Bundle.of(lang).keys().contains(key), lang + ": " + key);
            }
        }
    }

    @Test
    void partsLeftOutCloseUpTheNumberingAndKeepTheClosingMark() {
        assertEquals(List.of("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
                Layout.sections(DocType.KH));
        List<Block> plan = Layout.of(DocType.KH, Spec.sample(TODAY), Set.of("KINH PHÍ THỰC HIỆN"));
        List<String> parts = plan.stream().filter(b -> b.style() == Style.MUC_I).map(Block::text).toList();
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"), parts);
        Report draft = Checker.standard().check(asRead(filled(plan)), CheckMode.DRAFT, Set.of(), TODAY, Map.of());
        assertTrue(draft.findings().stream().allMatch(f -> f.severity() == vn.thethuc.profile.Severity.INFO),
                findings(draft).toString());

        List<Block> report = Layout.of(DocType.BC, Spec.sample(TODAY), Set.of("KIẾN NGHỊ, ĐỀ XUẤT"));
        Block last = report.stream().filter(b -> b.zone() == Zone.BODY).reduce((a, b) -> b).orElseThrow();
        assertEquals("Nêu phương hướng, nhiệm vụ./.", last.text());
        assertEquals("Nêu phương hướng, nhiệm vụ", last.text().substring(last.placeholderStart(), last.placeholderEnd()));
    }

    @Test
    void typesAreReadAsOfficialsWriteThem() {
        assertEquals(DocType.QD, DocType.parse("QĐ").orElseThrow());
        assertEquals(DocType.QD, DocType.parse("qd").orElseThrow());
        assertEquals(DocType.TTR, DocType.parse("TTr").orElseThrow());
        assertTrue(DocType.parse("XYZ").isEmpty());
    }

    private static String typeSeenBy(DocumentSnapshot doc) {
        return new Recognizer(vn.thethuc.profile.Nd30Profile.standard()).recognize(doc).typeCode();
    }
}
