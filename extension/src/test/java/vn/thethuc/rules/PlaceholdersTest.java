package vn.thethuc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thethuc.document.Run;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.profile.Severity;

/**
 * ND30.TEXT.PLACEHOLDER (#22): what the templates and insertions leave and what drafters type as blanks is
 * found; the ellipsis of a list, a Roman numeral, a bracketed note are not (a false error would stop a signing).
 */
class PlaceholdersTest {
    private static final List<String> GUIDANCE = Nd30Profile.standard().guidanceSentences();

    private static List<String> found(String text) {
        return Placeholders.in(text, List.of(new Run(text, "Times New Roman", 14, false, false, Run.AUTO_COLOR)),
                GUIDANCE).stream().map(Placeholders.Found::text).toList();
    }

    @Test
    void theBlanksTemplatesAndDraftersLeaveAreFound() {
        assertEquals(List.of("<Nêu mục đích của Kế hoạch>"), found("<Nêu mục đích của Kế hoạch>."));
        assertEquals(List.of("‹NÊU NỘI DUNG›"), found("1. ‹NÊU NỘI DUNG›"));
        assertEquals(List.of("Nêu mục đích của Kế hoạch"), found("Nêu mục đích của Kế hoạch."));
        assertEquals(List.of("Nêu nội dung quyết định"), found("Điều 1. Nêu nội dung quyết định."));
        assertEquals(List.of("[Nêu kết quả thực hiện]"), found("Kết quả: [Nêu kết quả thực hiện]."));
        assertEquals(List.of("(ghi tên cơ quan)"), found("Giao (ghi tên cơ quan) chủ trì."));
        assertEquals(List.of("xxx"), found("Thực hiện Kế hoạch số xxx của UBND tỉnh."));
        assertEquals(List.of("xx"), found("Kế hoạch số xx/KH-UBND"));
        assertEquals(List.of("số …/QĐ-UBND"), found("Căn cứ Quyết định số …/QĐ-UBND của UBND tỉnh;"));
        assertEquals(List.of("ngày ……"), found("Báo cáo trước ngày …… để tổng hợp."));
        assertEquals(List.of("- ……………….;"), found("- ……………….;"));
    }

    @Test
    void textThatOnlyLooksLikeABlankIsLeftAlone() {
        for (String fine : List.of("Các sở, ban, ngành…", "Đại hội Đảng toàn quốc lần thứ XIII, thế kỷ XX.",
                "(Ghi chú: số liệu tính đến ngày 30/6)", "Nêu cao tinh thần trách nhiệm của người đứng đầu.",
                "Tổng số 1.500 người (đạt 95%).", "Ông Nguyễn Văn A (Chủ tịch)", "a < b và c > d",
                "Thực hiện v.v...", "(Ký, ghi rõ họ tên)", "________________________________________", "_______")) {
            assertEquals(List.of(), found(fine), fine);
        }
    }

    @Test
    void aFieldNotFilledInIsAPlaceholderWhateverItReads() {
        List<Run> runs = List.of(new Run("Kính gửi: ", "Times New Roman", 14, false, false, Run.AUTO_COLOR),
                new Run("Click or tap here to enter text.", "Times New Roman", 14, false, false, Run.AUTO_COLOR, "", true));
        List<Placeholders.Found> f = Placeholders.in("Kính gửi: Click or tap here to enter text.", runs, GUIDANCE);
        assertEquals(1, f.size());
        assertEquals("Click or tap here to enter text.", f.get(0).text());
    }

    /** A warning while drafting, an error in issue mode: the signing gate stops an unfilled template. */
    @Test
    void anUnfilledPlanWarnsInDraftAndFailsInIssueMode() {
        PlanFixture plan = PlanFixture.plan().edit("Triển khai đồng bộ", p -> p.text("Nêu mục đích của Kế hoạch."));
        Report draft = RulesTest.check(plan, CheckMode.DRAFT);
        Report issue = RulesTest.check(plan, CheckMode.ISSUE);
        Finding d = draft.findings().stream().filter(x -> x.rule().equals("ND30.TEXT.PLACEHOLDER")).findFirst().orElseThrow();
        Finding i = issue.findings().stream().filter(x -> x.rule().equals("ND30.TEXT.PLACEHOLDER")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(Severity.ERROR, i.severity());
        assertEquals(vn.thethuc.recognize.Part.BODY, d.part());
        assertTrue(issue.hasErrors());
    }

    /** A blank the records office fills at issue ("Số:   /KH-…", "ngày … tháng …" in the date line) is not one. */
    @Test
    void theNumberAndDateLinesAreLeftToTheirOwnRules() {
        PlanFixture plan = PlanFixture.plan().edit("Số:", p -> p.text("Số: …/KH-SYT"));
        Report draft = Checker.standard().check(plan.snapshot(), CheckMode.DRAFT, Set.of(), RulesTest.TODAY, Map.of());
        assertTrue(draft.findings().stream().noneMatch(x -> x.rule().equals("ND30.TEXT.PLACEHOLDER")),
                draft.findings().toString());
    }
}
