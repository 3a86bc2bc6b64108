package vn.thethuc.rules;

import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.profile.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.PageSetup;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Place;

/** Every rule: the clean plan passes it; one change breaks it. */
class RulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Report check(PlanFixture f, CheckMode mode) {
        return Checker.standard().check(f.snapshot(), mode, Set.of(), TODAY, Map.of());
    }

    static Set<String> ids(Report r) {
        return r.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void theCleanPlanPassesEveryRuleInBothModes() {
        for (CheckMode mode : CheckMode.values()) {
            Report r = check(PlanFixture.plan(), mode);
            assertEquals("KH", r.documentType());
            assertEquals(List.of(), r.findings(), mode.name());
        }
    }

    static PageSetup withStandard(PageSetup s, double w, double left) {
        return new PageSetup(s.name(), w, s.heightMm(), s.landscape(), s.topMm(), s.bottomMm(), left, s.rightMm(),
                s.headerHeightMm(), s.follow(), s.pageNumberInHeader(), s.firstPageHasNumber(), s.pageNumberAlignment(),
                s.pageNumberSizePt());
    }

    static Stream<Arguments> breakers() {
        return Stream.of(
                breaks("ND30.PAGE.SIZE", () -> PlanFixture.plan().page(1, s -> withStandard(s, 215.9, 30))),
                breaks("ND30.PAGE.MARGINS", () -> PlanFixture.plan().page(1, s -> withStandard(s, 210, 25))),
                breaks("ND30.PAGE.NUMBERS", () -> PlanFixture.plan().page(1, s -> new PageSetup(s.name(), 210, 297,
                        false, 20, 20, 30, 15, 7.5, s.follow(), false, false, Alignment.CENTER, 0))),
                breaks("ND30.FONT.FAMILY", () -> PlanFixture.plan().edit("Văn phòng Sở", p -> p.font("Arial"))),
                breaks("ND30.FONT.LEGACY", () -> PlanFixture.plan().edit("Văn phòng Sở", p -> p.font(".VnTime"))),
                breaks("ND30.TEXT.LANGUAGE", () -> PlanFixture.plan().language("nl-NL")),
                breaks("ND30.SIGN.KEEP", () -> PlanFixture.plan().pageBreakBefore("Nguyễn Văn An")),
                breaks("ND30.TEXT.NFC", () -> PlanFixture.plan().edit("Văn phòng Sở",
                        p -> p.text(Normalizer.normalize(p.text(), Normalizer.Form.NFD)))),
                breaks("ND30.FONT.COLOR", () -> PlanFixture.plan().edit("Văn phòng Sở", p -> p.color(0xFF0000))),
                breaks("ND30.TEXT.PLACEHOLDER", () -> PlanFixture.plan().edit("Triển khai đồng bộ",
                        p -> p.text("Nêu mục đích của Kế hoạch."))),
                breaks("ND30.HEADER.QUOC_HIEU", () -> PlanFixture.plan().edit("CỘNG HÒA", p -> p.bold(false))),
                breaks("ND30.HEADER.TIEU_NGU", () -> PlanFixture.plan().edit("Độc lập",
                        p -> p.text("Độc lập – Tự do – Hạnh phúc"))),
                breaks("ND30.HEADER.CO_QUAN", () -> PlanFixture.plan().edit("SỞ Y TẾ", p -> p.bold(false))),
                breaks("ND30.SO_KY_HIEU.FORMAT", () -> PlanFixture.plan().edit("Số:", p -> p.text("Số: 5/KH-SYT"))),
                breaks("ND30.SO_KY_HIEU.LOAI", () -> PlanFixture.plan().edit("Số:", p -> p.text("Số: 05/BC-SYT"))),
                breaks("ND30.DATE.FORMAT", () -> PlanFixture.plan().edit("Thái Nguyên", p -> p.italic(false))),
                breaks("ND30.DATE.PADDING", () -> PlanFixture.plan().edit("Thái Nguyên",
                        p -> p.text("Thái Nguyên, ngày 6 tháng 05 năm 2024"))),
                breaks("ND30.DATE.VALID", () -> PlanFixture.plan().edit("Thái Nguyên",
                        p -> p.text("Thái Nguyên, ngày 30 tháng 02 năm 2024"))),
                breaks("ND30.TITLE.TYPE", () -> PlanFixture.plan().edit("KẾ HOẠCH", p -> p.bold(false))),
                breaks("ND30.TITLE.TRICH_YEU", () -> PlanFixture.plan().edit("Thực hiện công tác",
                        p -> p.text("THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2024"))),
                breaks("ND30.BODY.FONT_SIZE", () -> PlanFixture.plan().edit("Văn phòng Sở", p -> p.size(12))),
                breaks("ND30.BODY.ALIGN", () -> PlanFixture.plan().edit("Văn phòng Sở", p -> p.align(Alignment.LEFT))),
                breaks("ND30.BODY.INDENT", () -> PlanFixture.plan().edit("Văn phòng Sở", p -> p.indent(0))),
                breaks("ND30.BODY.SPACING", () -> PlanFixture.plan().edit("Văn phòng Sở", p -> p.spaceAfter(0))
                        .edit("Từ nguồn ngân sách", p -> p.spaceAfter(0)).edit("a) Tuyên truyền", p -> p.spaceAfter(0))),
                breaks("ND30.CAN_CU.FORMAT", () -> PlanFixture.plan()
                        .edit("KẾ HOẠCH", p -> p.text("QUYẾT ĐỊNH"))
                        .edit("Số:", p -> p.text("Số: 05/QĐ-SYT"))
                        .edit("Thực hiện Kế hoạch", p -> p.text("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006 "
                                + "và các văn bản hướng dẫn thi hành Luật."))),
                breaks("ND30.NUMBERING.SEQUENCE", () -> PlanFixture.plan().edit("II. NỘI DUNG",
                        p -> p.text("III. NỘI DUNG THỰC HIỆN"))),
                breaks("ND30.NUMBERING.LETTERS", () -> PlanFixture.plan().edit("b) Lồng ghép",
                        p -> p.text("c" + p.text().substring(1)))),
                breaks("ND30.BODY.END_MARK", () -> PlanFixture.plan().edit("Trên đây",
                        p -> p.text(p.text().replace("./.", ".")))),
                breaks("ND30.CITATION.SYMBOL", () -> PlanFixture.plan().edit("Thực hiện Kế hoạch",
                        p -> p.text(p.text().replace("158/KH-UBND", "158/KH- UBND")))),
                breaks("ND30.CAPS.AGENCY", () -> PlanFixture.plan().edit("Triển khai đồng bộ",
                        p -> p.text(p.text().replace("Xã hội", "xã hội")))),
                breaks("ND30.SIGN.PRESENT", () -> PlanFixture.plan().remove("KT. GIÁM ĐỐC").remove("PHÓ GIÁM ĐỐC")
                        .remove("Nguyễn Văn An")),
                breaks("ND30.SIGN.AUTHORITY", () -> PlanFixture.plan().remove("KT. GIÁM ĐỐC")),
                breaks("ND30.SIGN.FORMAT", () -> PlanFixture.plan().edit("Nguyễn Văn An", p -> p.bold(false))),
                breaks("ND30.SIGN.NAME", () -> PlanFixture.plan().edit("Nguyễn Văn An", p -> p.text("TS. Nguyễn Văn An"))),
                breaks("ND30.KINH_GUI.FORMAT", () -> PlanFixture.plan().insertAfter("Thực hiện công tác",
                        PlanFixture.body("Kính gửi Sở Tư pháp").align(Alignment.CENTER).indent(0))),
                breaks("ND30.NOI_NHAN.PRESENT", () -> PlanFixture.plan().edit("Nơi nhận:", p -> p.text("Gửi:"))),
                breaks("ND30.NOI_NHAN.LABEL", () -> PlanFixture.plan().edit("Nơi nhận:", p -> p.italic(false))),
                breaks("ND30.NOI_NHAN.ITEMS", () -> PlanFixture.plan().edit("- UBND tỉnh",
                        p -> p.text("- UBND tỉnh (b/c)"))),
                breaks("ND30.NOI_NHAN.LUU", () -> PlanFixture.plan().edit("- Lưu:", p -> p.text("- Lưu: VT, NVY"))),
                breaks("KH.SECTIONS", () -> PlanFixture.plan().edit("IV. TỔ CHỨC", p -> p.text("IV. TRIỂN KHAI"))));
    }

    static Arguments breaks(String rule, Supplier<PlanFixture> fixture) {
        return Arguments.of(rule, fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakers")
    void eachRuleIsBrokenByItsFixture(String rule, Supplier<PlanFixture> fixture) {
        Report r = check(fixture.get(), CheckMode.DRAFT);
        assertTrue(ids(r).contains(rule), rule + " not raised; got " + r.findings());
        Finding f = r.findings().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
        assertEquals(Nd30Profile.standard().rule(rule).clause(), f.clause());
        assertTrue(f.messageKey().startsWith("rule." + rule + "."));
    }

    @Test
    void everyImplementedRuleHasABreakingFixture() {
        Set<String> covered = breakers().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> all = Catalog.all().stream().map(Rule::id).collect(Collectors.toSet());
        assertEquals(all, covered);
    }

    /** Header, Nơi nhận and signature typed as plain paragraphs instead of the usual tables. */
    @Test
    void thePartsAreFoundWithoutTables() {
        PlanFixture f = PlanFixture.plan();
        f.paragraphs.replaceAll(p -> new PlanFixture.P(p.text(), p.font(), p.size(), p.bold(), p.italic(), p.color(),
                p.align(), p.indentMm(), p.spaceAfterPt(), vn.thethuc.document.Place.BODY));
        Report r = check(f, CheckMode.ISSUE);
        assertEquals(List.of(), r.findings());
        var structure = new vn.thethuc.recognize.Recognizer(Nd30Profile.standard()).recognize(f.snapshot());
        assertEquals(List.of("UBND TỈNH THÁI NGUYÊN", "SỞ Y TẾ"),
                structure.agency().stream().map(vn.thethuc.document.Paragraph::text).toList());
        assertEquals("Số: 05/KH-SYT", structure.soKyHieu().orElseThrow().text());
        assertEquals(List.of("- UBND tỉnh (b/c);", "- Sở LĐ-TB&XH;", "- Lưu: VT, NVY."),
                structure.noiNhanItems().stream().map(vn.thethuc.document.Paragraph::text).toList());
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"),
                structure.signature().stream().map(vn.thethuc.document.Paragraph::text).toList());
        assertTrue(ids(check(f.edit("- Lưu:", p -> p.text("- Lưu: VT")), CheckMode.DRAFT)).contains("ND30.NOI_NHAN.LUU"));
        // spaces after the place's comma do not split the date line into columns
        PlanFixture spaced = f.edit("Thái Nguyên, ngày", p -> p.text("Thái Nguyên,    ngày 06 tháng 5 năm 2024"));
        assertEquals("Thái Nguyên,    ngày 06 tháng 5 năm 2024", new vn.thethuc.recognize.Recognizer(Nd30Profile.standard())
                .recognize(spaced.snapshot()).date().orElseThrow().text());
        assertFalse(ids(check(spaced, CheckMode.ISSUE)).contains("ND30.DATE.FORMAT"));
    }

    /**
     * A cited symbol broken by spaces is found however it is introduced ("số: 01/KH- GTYB") and with a hyphen
     * spaced on both sides ("01/QĐ - CTY", a real báo cáo); a well-formed symbol followed by a dash and the
     * next words is left alone.
     */
    @Test
    void citedSymbolsBrokenBySpacesAreFoundAndWellFormedOnesLeftAlone() {
        for (String broken : List.of("Kế hoạch ứng cứu khẩn cấp số: 01/KH- GTYB ngày 01/7/2025.",
                "Báo cáo đánh giá rủi ro về an toàn số 01/QĐ - CTY ngày 01/7/2025.")) {
            PlanFixture f = PlanFixture.plan().edit("Văn phòng Sở", p -> p.text(broken));
            assertTrue(ids(check(f, CheckMode.DRAFT)).contains("ND30.CITATION.SYMBOL"), broken);
        }
        for (String fine : List.of("Theo Quyết định số 1883/QĐ-UBND - Sở Công Thương chủ trì.",
                "Căn cứ Nghị định số 32/2024/NĐ-CP.", "Văn bản số 05/2026/VLN/CV-LV của Công ty.",
                "Công văn số 12/BTP-KTVB&QLXLVPHC ngày 02/01/2024.", "Từ Km0 - Km2+571 theo Văn bản số 35 ngày 24/6/2026.")) {
            PlanFixture f = PlanFixture.plan().edit("Văn phòng Sở", p -> p.text(fine));
            assertFalse(ids(check(f, CheckMode.DRAFT)).contains("ND30.CITATION.SYMBOL"), fine);
        }
    }

    /**
     * Indents typed instead of set (a real giấy mời: seven spaces then a tab before "2.1."): the text starts
     * where the blanks take it — spaces a quarter of the size each, a tab to the next 12.7 mm stop.
     */
    @Test
    void anIndentTypedWithSpacesAndATabIsWhereItsTextStarts() {
        for (String typed : List.of("       \t", "\t", "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\t",
                "\u00A0".repeat(9))) {
            PlanFixture indented = PlanFixture.plan().edit("Văn phòng Sở", p -> p.indent(0).text(typed + p.text()));
            assertFalse(ids(check(indented, CheckMode.DRAFT)).contains("ND30.BODY.INDENT"), typed.replace("\t", "\\t"));
        }
        // a stray space after an indent set or typed is a slip, not more indent
        for (String typed : List.of(" ", "      \t ")) {
            PlanFixture slip = PlanFixture.plan().edit("Văn phòng Sở", p -> (typed.contains("\t") ? p.indent(0) : p)
                    .text(typed + p.text()));
            assertFalse(ids(check(slip, CheckMode.DRAFT)).contains("ND30.BODY.INDENT"), typed.replace("\t", "\\t"));
        }
        // two spaces are no indent; twenty-two go past 12.7 mm (27 mm): reported, not fixed by setting an indent
        for (String typed : List.of("  ", " ".repeat(22))) {
            Report r = check(PlanFixture.plan().edit("Văn phòng Sở", p -> p.indent(0).text(typed + p.text())), CheckMode.DRAFT);
            Finding indent = r.findings().stream().filter(x -> x.rule().equals("ND30.BODY.INDENT")).findFirst().orElseThrow();
            assertTrue(indent.fixes().isEmpty(), "a typed indent is not fixed by setting one: " + indent);
        }
    }

    @Test
    void chaptersSectionsAndArticlesAreNumberedInSequence() {
        PlanFixture ok = PlanFixture.plan()
                .insertAfter("Thực hiện Kế hoạch", PlanFixture.body("Chương I").indent(0))
                .insertAfter("Chương I", PlanFixture.body("Mục 1").indent(0))
                .insertAfter("Mục 1", PlanFixture.body("Điều 1. Phạm vi điều chỉnh").indent(0))
                .insertAfter("Điều 1.", PlanFixture.body("Mục 2").indent(0))
                .insertAfter("Mục 2", PlanFixture.body("Điều 2. Đối tượng áp dụng").indent(0))
                .insertAfter("Điều 2.", PlanFixture.body("Chương II").indent(0))
                .insertAfter("Chương II", PlanFixture.body("Mục 1 ").indent(0))
                .insertAfter("Mục 1 ", PlanFixture.body("Điều 3. Tổ chức thực hiện").indent(0));
        assertFalse(ids(check(ok, CheckMode.DRAFT)).contains("ND30.NUMBERING.SEQUENCE"));
        PlanFixture gap = ok.edit("Điều 3.", p -> p.text("Điều 4. Tổ chức thực hiện")).edit("Chương II", p -> p.text("Chương III"));
        List<String> keys = check(gap, CheckMode.DRAFT).findings().stream().map(Finding::messageKey)
                .filter(k -> k.contains("SEQUENCE")).toList();
        assertEquals(List.of("rule.ND30.NUMBERING.SEQUENCE.chapter", "rule.ND30.NUMBERING.SEQUENCE.article"), keys);
    }

    @Test
    void khoanStartAgainUnderEachArticleAndPointsBelongToTheirItem() {
        PlanFixture ok = PlanFixture.plan()
                .insertAfter("Thực hiện Kế hoạch", PlanFixture.body("Điều 1. Phạm vi").indent(0))
                .insertAfter("Điều 1.", PlanFixture.body("1. Khoản một của điều một."))
                .insertAfter("1. Khoản một của điều một", PlanFixture.body("2.\u00A0Khoản hai, sau dấu cách không ngắt."))
                .insertAfter("2.\u00A0Khoản hai", PlanFixture.body("Điều 2. Đối tượng").indent(0))
                .insertAfter("Điều 2.", PlanFixture.body("1. Khoản một của điều hai."))
                .insertAfter("1. Khoản một của điều hai", PlanFixture.body("1.1. Điểm một."))
                .insertAfter("1.1. Điểm một", PlanFixture.body("1.2. Điểm hai."));
        List<Finding> clean = check(ok, CheckMode.DRAFT).findings().stream()
                .filter(f -> f.rule().startsWith("ND30.NUMBERING")).toList();
        assertEquals(List.of(), clean);
        PlanFixture bad = ok.edit("Điều 2.", p -> p.text("Điều 2: Đối tượng"))
                .edit("1. Khoản một của điều hai", p -> p.text("2 Khoản viết thiếu dấu chấm."));
        List<Finding> found = check(bad, CheckMode.DRAFT).findings().stream()
                .filter(f -> f.rule().startsWith("ND30.NUMBERING")).toList();
        assertEquals(List.of("rule.ND30.NUMBERING.SEQUENCE.articleColon", "rule.ND30.NUMBERING.SEQUENCE.decimalParent"),
                found.stream().map(Finding::messageKey).toList());
        Finding colon = found.get(0);
        assertEquals(List.of(new Fix.ReplaceText(colon.paragraph(), 6, 7, ".")), colon.fixes());
    }

    @Test
    void aPointWrittenWithAPeriodIsReportedAndFixable() {
        PlanFixture f = PlanFixture.plan().edit("b) Lồng ghép", p -> p.text(p.text().replaceFirst("^b\\)", "b.")));
        Finding dot = check(f, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.messageKey().equals("rule.ND30.NUMBERING.LETTERS.dot")).findFirst().orElseThrow();
        assertEquals(List.of(new Fix.ReplaceText(dot.paragraph(), 1, 2, ")")), dot.fixes());
    }

    /** A Word file's page as Writer opens it: the margins reach to the header and footer. */
    static PageSetup asWordOpensIt(PageSetup s, double top, double bottom, double left) {
        return new PageSetup(s.name(), 210, 297, false, top - 10, bottom - 10, left, 20, 10, s.follow(),
                s.pageNumberInHeader(), s.firstPageHasNumber(), s.pageNumberAlignment(), s.pageNumberSizePt(), 10);
    }

    @Test
    void aWordFilesMarginsAreWhereItsBodyStartsAndEnds() {
        PlanFixture word = PlanFixture.plan().page(0, s -> asWordOpensIt(s, 20, 20, 30)).page(1, s -> asWordOpensIt(s, 20, 20, 30));
        assertFalse(ids(check(word, CheckMode.DRAFT)).contains("ND30.PAGE.MARGINS"));
        PlanFixture narrow = PlanFixture.plan().page(0, s -> asWordOpensIt(s, 15, 20, 25)).page(1, s -> asWordOpensIt(s, 15, 20, 25));
        List<Finding> found = check(narrow, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().equals("ND30.PAGE.MARGINS")).toList();
        assertEquals(1, found.size(), "two styles with the same margins are one finding");
        assertEquals(2, found.get(0).fixes().size());
    }

    static PageSetup landscape(PageSetup s, double top, double bottom, double left, double right) {
        return new PageSetup("Converted1", 297, 210, true, top, bottom, left, right, 0, "Converted1", false, false,
                s.pageNumberAlignment(), 0);
    }

    static List<Finding> margins(PlanFixture f) {
        return check(f, CheckMode.DRAFT).findings().stream().filter(x -> x.rule().equals("ND30.PAGE.MARGINS")).toList();
    }

    @Test
    void aLandscapePageForAWideTableIsRightWhenItIsRightTurnedEitherWay() {
        assertEquals(List.of(), margins(PlanFixture.plan().page(1, s -> landscape(s, 30, 15, 20, 20))), "turned clockwise");
        assertEquals(List.of(), margins(PlanFixture.plan().page(1, s -> landscape(s, 15, 30, 20, 20))), "turned the other way");
        assertEquals(List.of(), margins(PlanFixture.plan().page(1, s -> landscape(s, 20, 20, 30, 20))), "read as it is");
    }

    @Test
    void aLandscapeAppendixOutOfRangeHoweverItIsReadIsReported() {
        // Lâm Đồng's report (../shared/real-2): Letter landscape, top 18.3, bottom 4.9, left 25.4 mm
        List<Finding> found = margins(PlanFixture.plan().page(1, s -> landscape(s, 18.3, 4.9, 25.4, 19.1)));
        assertEquals(1, found.size());
        assertEquals("Converted1", found.get(0).args().get(0));
    }

    @Test
    void aWordSectionIsOneFindingWithWordsMarginsThoughWriterSplitsItInTwoStyles() {
        // first page without header or footer; the follow style measured to its header and footer
        PlanFixture f = PlanFixture.plan()
                .page(0, s -> new PageSetup(s.name(), 210, 297, false, 20, 12, 30, 20, 0, s.follow(), false, false,
                        s.pageNumberAlignment(), 0, 0))
                .page(1, s -> new PageSetup(s.name(), 210, 297, false, 2, 8, 30, 20, 18, s.follow(), true, false,
                        s.pageNumberAlignment(), 13, 4));
        List<Finding> found = margins(f);
        assertEquals(1, found.size(), "one Word section, one finding");
        assertEquals(List.of(20.0, 12.0, 30.0, 20.0), found.get(0).args().subList(1, 5),
                "Word's margins, not the header's distance");
        Fix.SetPageMargins follow = found.get(0).fixes().stream().map(Fix.SetPageMargins.class::cast)
                .filter(x -> x.topMm() == 2).findFirst().orElseThrow();
        assertEquals(16, follow.bottomMm(), 1e-9, "the footer's distance moved so that the body ends at 20 mm");
    }

    static List<Finding> recipients(PlanFixture f) {
        return check(f, CheckMode.DRAFT).findings().stream().filter(x -> x.rule().startsWith("ND30.NOI_NHAN")).toList();
    }

    static PlanFixture.P recipient(PlanFixture f, String text) {
        return f.paragraphs.get(f.find("- Sở LĐ")).text(text);
    }

    @Test
    void aRecipientWrappedOntoTheNextLineIsOneRecipient() {
        PlanFixture f = PlanFixture.plan().edit("- UBND tỉnh", p -> p.text("- Các sở: Y tế, Nội vụ,"));
        f.insertAfter("- Các sở", recipient(f, "Tài chính, Xây dựng;"));
        assertEquals(List.of(), recipients(f));
    }

    @Test
    void recipientsSplitByLineBreaksAreReadLineByLine() {
        PlanFixture f = PlanFixture.plan().edit("- UBND tỉnh", p -> p.text("- UBND tỉnh (b/c);\n- Sở Y tế;"))
                .edit("- Sở LĐ", p -> p.text("- Sở LĐ-TB&XH;\n- Lưu: VT, NVY."))
                .remove("- Lưu:");
        assertEquals(List.of(), recipients(f));
        PlanFixture open = PlanFixture.plan().edit("- Sở LĐ", p -> p.text("- Sở LĐ-TB&XH;\n- Lưu: VT, NVY")).remove("- Lưu:");
        Finding period = recipients(open).stream().filter(x -> x.rule().equals("ND30.NOI_NHAN.LUU")).findFirst().orElseThrow();
        assertEquals(List.of(new Fix.ReplaceText(period.paragraph(), 29, 29, ".")), period.fixes());
    }

    @Test
    void aNoteAfterTheLuuLineIsNotARecipient() {
        PlanFixture f = PlanFixture.plan();
        f.insertAfter("- Lưu:", recipient(f, "Các đơn vị tải tài liệu phiên họp tại:").size(13.5));
        assertEquals(List.of(), recipients(f));
    }

    @Test
    void theLuuLineWithoutItsColonOrWithoutVT() {
        Finding colon = recipients(PlanFixture.plan().edit("- Lưu:", p -> p.text("- Lưu VT, NVY."))).get(0);
        assertEquals("rule.ND30.NOI_NHAN.LUU.colon", colon.messageKey());
        assertEquals(List.of(new Fix.ReplaceText(colon.paragraph(), 5, 6, ": ")), colon.fixes());
        assertEquals(List.of("rule.ND30.NOI_NHAN.LUU.noVT"), recipients(PlanFixture.plan()
                .edit("- Lưu:", p -> p.text("- Lưu: ĐKT, NVY."))).stream().map(Finding::messageKey).toList());
    }

    @Test
    void aLuuLineWrongAtBothEndsIsOneFinding() {
        // Cần Thơ's "- Lưu Văn thư" (../shared/real-2): neither "VT" nor the period, one defect for its reviewer
        assertEquals(List.of("rule.ND30.NOI_NHAN.LUU.noVTPeriod"), recipients(PlanFixture.plan()
                .edit("- Lưu:", p -> p.text("- Lưu Văn thư"))).stream().map(Finding::messageKey).toList());
        Finding both = recipients(PlanFixture.plan().edit("- Lưu:", p -> p.text("- Lưu VT, NVY"))).get(0);
        assertEquals("rule.ND30.NOI_NHAN.LUU.colonPeriod", both.messageKey());
        assertEquals(List.of(new Fix.ReplaceText(both.paragraph(), 5, 6, ": "), new Fix.ReplaceText(both.paragraph(), 13, 13, ".")),
                both.fixes());
    }

    @Test
    void recipientsInAnotherSizeAreOneFindingFixingThemAll() {
        PlanFixture f = PlanFixture.plan().edit("- UBND tỉnh", p -> p.size(12)).edit("- Sở LĐ", p -> p.size(12))
                .edit("- Lưu:", p -> p.size(12));
        List<Finding> found = recipients(f);
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).fixes().size());
    }

    @Test
    void aColonInAnotherSlantIsNotALabelDefect() {
        PlanFixture f = PlanFixture.plan();
        int at = f.find("Nơi nhận:");
        Paragraph label = f.snapshot().paragraphs().get(at);
        Paragraph split = new Paragraph(label.index(), label.text(), List.of(
                new vn.thethuc.document.Run("Nơi nhận", PlanFixture.TNR, 12, true, true, -1),
                new vn.thethuc.document.Run(":", PlanFixture.TNR, 12, true, false, -1)),
                label.alignment(), label.firstLineIndentMm(), label.spaceBeforePt(), label.spaceAfterPt(),
                label.lineSpacing(), label.place());
        assertTrue(split.italic());
        assertFalse(split.slice(8, 9).italic());
    }

    @Test
    void facesOfTimesNewRomanAndSymbolFontsAreNotOtherFonts() {
        assertTrue(TypographyRules.sameFamily("Times New Roman Bold", "Times New Roman"));
        assertTrue(TypographyRules.sameFamily("Times New Roman Italic", "Times New Roman"));
        assertFalse(TypographyRules.sameFamily("Times New Roman Cyr", "Times New Roman"));
        assertFalse(ids(check(PlanFixture.plan().edit("Văn phòng Sở", p -> p.font("Times New Roman Bold")), CheckMode.DRAFT))
                .contains("ND30.FONT.FAMILY"));
        assertFalse(ids(check(PlanFixture.plan().edit("Văn phòng Sở", p -> p.font("Wingdings")), CheckMode.DRAFT))
                .contains("ND30.FONT.FAMILY"));
    }

    /**
     * Header and closing typed as two columns on each line, with runs of spaces and tabs instead of tables
     * (real công văn of a provincial office): each column is read for itself, and a fix that would touch
     * the whole line is not offered.
     */
    @Test
    void headerAndClosingTypedAsTwoColumnsOfOneLineAreReadColumnByColumn() {
        vn.thethuc.document.DocumentSnapshot d = PlanFixture.plan().snapshot();
        List<Paragraph> in = d.paragraphs();
        List<List<vn.thethuc.document.Run>> lines = new java.util.ArrayList<>();
        lines.add(List.of(run("      UBND TỈNH THÁI NGUYÊN            ", 13, false, false), run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false)));
        lines.add(List.of(run("       SỞ Y TẾ\t                ", 13, true, false), run("Độc lập - Tự do - Hạnh phúc", 14, true, false)));
        lines.add(List.of(run("     Số: 05/KH-SYT                  ", 13, false, false),
                run("Thái Nguyên, ngày 06 tháng 5 năm 2024", 14, false, true)));
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (List<vn.thethuc.document.Run> runs : lines) {
            ps.add(line(ps.size(), runs));
        }
        int noiNhan = in.indexOf(in.stream().filter(p -> p.text().startsWith("Nơi nhận")).findFirst().orElseThrow());
        for (Paragraph p : in.subList(6, noiNhan)) {
            ps.add(new Paragraph(ps.size(), p.text(), p.runs(), p.alignment(), p.firstLineIndentMm(), p.spaceBeforePt(),
                    p.spaceAfterPt(), p.lineSpacing(), p.place()));
        }
        ps.add(line(ps.size(), List.of(run("Nơi nhận:", 12, true, true), run("\t\t", 12, false, false), run("KT. GIÁM ĐỐC", 14, true, false))));
        ps.add(line(ps.size(), List.of(run("- UBND tỉnh (b/c);", 11, false, false), run("  \t\t\t", 11, false, false),
                run("PHÓ GIÁM ĐỐC", 14, true, false))));
        ps.add(line(ps.size(), List.of(run("- Sở LĐ-TB&XH;", 11, false, false))));
        ps.add(line(ps.size(), List.of(run("- Lưu: VT, NVY.", 11, false, false))));
        ps.add(line(ps.size(), List.of(run("                              Nguyễn Văn An", 14, true, false))));
        vn.thethuc.document.DocumentSnapshot typed = new vn.thethuc.document.DocumentSnapshot(ps, d.pageStyles(),
                d.pageCount(), d.marks());
        Report r = Checker.standard().check(typed, CheckMode.ISSUE, Set.of(), TODAY, Map.of());
        assertEquals(List.of(), r.findings());
        var structure = new vn.thethuc.recognize.Recognizer(Nd30Profile.standard()).recognize(typed);
        assertEquals(List.of("UBND TỈNH THÁI NGUYÊN", "SỞ Y TẾ"), structure.agency().stream().map(Paragraph::trimmed).toList());
        assertEquals("Số: 05/KH-SYT", structure.soKyHieu().orElseThrow().trimmed());
        assertEquals("Thái Nguyên, ngày 06 tháng 5 năm 2024", structure.date().orElseThrow().trimmed());
        assertEquals("Độc lập - Tự do - Hạnh phúc", structure.tieuNgu().orElseThrow().trimmed());
        assertEquals(List.of("- UBND tỉnh (b/c);", "- Sở LĐ-TB&XH;", "- Lưu: VT, NVY."),
                structure.noiNhanItems().stream().map(Paragraph::trimmed).toList());
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"),
                structure.signature().stream().map(Paragraph::trimmed).toList());

        // the agency not bold: reported, but bolding the line would bold the Quốc hiệu's column too
        ps.set(1, line(1, List.of(run("       SỞ Y TẾ\t                ", 13, false, false), run("Độc lập - Tự do - Hạnh phúc", 14, true, false))));
        Finding notBold = Checker.standard().check(new vn.thethuc.document.DocumentSnapshot(ps, d.pageStyles(), d.pageCount(),
                d.marks()), CheckMode.ISSUE, Set.of(), TODAY, Map.of()).findings().stream()
                .filter(x -> x.rule().equals("ND30.HEADER.CO_QUAN")).findFirst().orElseThrow();
        assertEquals("rule.ND30.HEADER.CO_QUAN.notBold", notBold.messageKey());
        assertEquals(List.of(), notBold.fixes());
    }

    private static Paragraph left(int index, List<vn.thethuc.document.Run> runs) {
        Paragraph p = line(index, runs);
        return new Paragraph(index, p.text(), p.runs(), vn.thethuc.document.Alignment.LEFT, 0, 0, 0,
                vn.thethuc.document.LineSpacing.SINGLE, vn.thethuc.document.Place.BODY);
    }

    /**
     * Bình Dương's chỉ thị (../shared/real-2): left-aligned lines split by one tab, the Quốc hiệu right of the
     * agency; the signer's lines right of the recipients down to "(Đã ký)" and the name.
     */
    @Test
    void aHeaderAndASignatureTypedWithOneTabAreReadAsTwoColumns() {
        vn.thethuc.document.DocumentSnapshot d = PlanFixture.plan().snapshot();
        List<Paragraph> in = d.paragraphs();
        List<Paragraph> ps = new java.util.ArrayList<>();
        ps.add(left(0, List.of(run("UBND TỈNH THÁI NGUYÊN\t", 13, false, false), run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false))));
        ps.add(left(1, List.of(run("SỞ Y TẾ\t", 13, true, false), run("Độc lập - Tự do - Hạnh phúc", 14, true, false))));
        ps.add(left(2, List.of(run("Số: 05/KH-SYT\t", 13, false, false), run("Thái Nguyên, ngày 06 tháng 5 năm 2024", 14, false, true))));
        int noiNhan = in.indexOf(in.stream().filter(p -> p.text().startsWith("Nơi nhận")).findFirst().orElseThrow());
        for (Paragraph p : in.subList(6, noiNhan)) {
            ps.add(new Paragraph(ps.size(), p.text(), p.runs(), p.alignment(), p.firstLineIndentMm(), p.spaceBeforePt(),
                    p.spaceAfterPt(), p.lineSpacing(), p.place()));
        }
        ps.add(left(ps.size(), List.of(run("Nơi nhận:", 12, true, true), run("\t", 12, false, false), run("KT. GIÁM ĐỐC", 14, true, false))));
        ps.add(left(ps.size(), List.of(run("- UBND tỉnh (b/c);", 11, false, false), run("\t", 11, false, false),
                run("PHÓ GIÁM ĐỐC", 14, true, false))));
        ps.add(left(ps.size(), List.of(run("- Sở Tài chính;", 11, false, false), run("\t", 11, false, false),
                run("(Đã ký)", 14, false, false))));
        ps.add(left(ps.size(), List.of(run("- Sở LĐ-TB&XH;", 11, false, false), run("\t", 11, false, false),
                run("Nguyễn Văn An", 14, true, false))));
        ps.add(left(ps.size(), List.of(run("- Lưu: VT, NVY.", 11, false, false), run("\t", 11, false, false))));
        vn.thethuc.document.DocumentSnapshot typed = new vn.thethuc.document.DocumentSnapshot(ps, d.pageStyles(),
                d.pageCount(), d.marks());
        var structure = new vn.thethuc.recognize.Recognizer(Nd30Profile.standard()).recognize(typed);
        assertEquals(List.of("- UBND tỉnh (b/c);", "- Sở Tài chính;", "- Sở LĐ-TB&XH;", "- Lưu: VT, NVY."),
                structure.noiNhanItems().stream().map(Paragraph::trimmed).toList());
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn An"),
                structure.signature().stream().map(Paragraph::trimmed).toList());
        Report r = Checker.standard().check(typed, CheckMode.ISSUE, Set.of(), TODAY, Map.of());
        assertEquals(List.of(), r.findings().stream().filter(x -> x.severity() == Severity.ERROR).map(Finding::messageKey).toList());
    }

    /** Duy Tân's notice (../shared/real-2): the signer's lines right-aligned, the authority in sentence case. */
    @Test
    void aSignatureOfRightAlignedLinesInSentenceCaseIsTheSignature() {
        PlanFixture f = PlanFixture.plan();
        for (String prefix : List.of("Nơi nhận", "- UBND tỉnh", "- Sở LĐ", "- Lưu:")) {
            f.remove(prefix);
        }
        f.edit("KT. GIÁM ĐỐC", p -> p.text("KT. Giám đốc").align(Alignment.RIGHT).place(Place.BODY))
                .edit("PHÓ GIÁM ĐỐC", p -> p.text("Phó Giám đốc").align(Alignment.RIGHT).place(Place.BODY))
                .edit("Nguyễn Văn An", p -> p.align(Alignment.RIGHT).place(Place.BODY));
        f.insertAfter("Nguyễn Văn An", f.paragraphs.get(f.find("Nguyễn Văn An")).text("(Đã ký)").bold(false));
        List<Finding> found = check(f, CheckMode.DRAFT).findings();
        Set<String> ids = found.stream().map(Finding::rule).collect(Collectors.toSet());
        assertFalse(ids.contains("ND30.SIGN.PRESENT"), ids.toString());
        assertTrue(ids.contains("ND30.NOI_NHAN.PRESENT"));
        assertEquals(List.of("rule.ND30.SIGN.FORMAT.titleNotUpper"), found.stream()
                .filter(x -> x.rule().startsWith("ND30.SIGN")).map(Finding::messageKey).toList(), "KT. then its deputy: right");
        PlanFixture tl = PlanFixture.plan().edit("KT. GIÁM ĐỐC", p -> p.text("TL. Hiệu trưởng")).edit("PHÓ GIÁM ĐỐC",
                p -> p.text("Phó Hiệu trưởng"));
        assertTrue(check(tl, CheckMode.DRAFT).findings().stream()
                .anyMatch(x -> x.messageKey().equals("rule.ND30.SIGN.AUTHORITY.deputyWithoutKt")));
    }

    @Test
    void aSecondPageOfEmptyParagraphsNeedsNoPageNumbers() {
        // Công đoàn Giáo dục's letter (../shared/real-2): Word counts two pages, the second holds nothing
        UnaryOperator<PageSetup> unnumbered = s -> new PageSetup(s.name(), 210, 297, false, 20, 20, 30, 15, 7.5, s.follow(),
                false, false, Alignment.CENTER, 0);
        assertFalse(ids(check(PlanFixture.plan().page(1, unnumbered).textOnPageOne(), CheckMode.DRAFT)).contains("ND30.PAGE.NUMBERS"));
        assertTrue(ids(check(PlanFixture.plan().page(1, unnumbered), CheckMode.DRAFT)).contains("ND30.PAGE.NUMBERS"));
    }

    @Test
    void wordsCarryingSoftHyphensAreRead() {
        // "- Lư\u00ADu VT, TG-NC.", "Tự  do" (Công đoàn Giáo dục, ../shared/real-2)
        PlanFixture f = PlanFixture.plan().edit("- Lưu:", p -> p.text("- Lư\u00ADu VT, NVY."))
                .edit("Độc lập", p -> p.text("Độc lập - Tự  do - Hạnh phúc"));
        List<Finding> found = check(f, CheckMode.DRAFT).findings();
        assertEquals(List.of("rule.ND30.NOI_NHAN.LUU.colon"), found.stream().filter(x -> x.rule().equals("ND30.NOI_NHAN.LUU"))
                .map(Finding::messageKey).toList(), "the Lưu line, with a slip of its own, not «missing»");
        assertFalse(found.stream().anyMatch(x -> x.rule().equals("ND30.HEADER.TIEU_NGU")));
    }

    static PlanFixture decision(String... bases) {
        PlanFixture f = PlanFixture.plan().edit("KẾ HOẠCH", p -> p.text("QUYẾT ĐỊNH")).edit("Số:", p -> p.text("Số: 05/QĐ-SYT"))
                .edit("Thực hiện Kế hoạch", p -> p.text(bases[0]).italic(true));
        for (int i = bases.length - 1; i >= 1; i--) {
            f.insertAfter(bases[0], f.paragraphs.get(f.find(bases[0])).text(bases[i]));
        }
        return f;
    }

    @Test
    void theProposalClosingTheLegalBasesEndsWithAPeriodAndEachBasisWithASemicolon() {
        // Lào Cai's Sở Công Thương (../shared/real-2): "Theo đề nghị của Trưởng phòng Quản lý công nghiệp," before QUYẾT ĐỊNH
        PlanFixture comma = decision("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
                "Căn cứ Nghị định số 120/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ.",
                "Theo đề nghị của Chánh Văn phòng Sở,");
        List<Finding> found = check(comma, CheckMode.DRAFT).findings().stream().filter(x -> x.rule().equals("ND30.CAN_CU.FORMAT"))
                .toList();
        assertEquals(List.of(List.of(";"), List.of(".")), found.stream().map(Finding::args).toList());
        int proposal = comma.find("Theo đề nghị");
        int comma0 = "Theo đề nghị của Chánh Văn phòng Sở".length();
        assertEquals(List.of(new Fix.ReplaceText(proposal, comma0, comma0 + 1, ".")), found.get(1).fixes());
        assertEquals(List.of(), check(decision("Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;",
                "Theo đề nghị của Chánh Văn phòng Sở."), CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().equals("ND30.CAN_CU.FORMAT")).toList());
    }

    static List<Finding> caps(String sentence) {
        return check(PlanFixture.plan().edit("Văn phòng Sở chủ trì", p -> p.text(sentence)), CheckMode.DRAFT).findings()
                .stream().filter(x -> x.rule().equals("ND30.CAPS.AGENCY")).toList();
    }

    @Test
    void titlesAndUnitsAreCapitalisedAsPhuLucIIWritesThem() {
        // ../shared/real-2: Lào Cai's "Phó giám đốc", "Ban giám đốc Sở", "Chánh văn phòng Sở"; Duy Tân's "phòng Đào tạo"
        assertEquals(List.of(List.of("Phó giám đốc", "Phó Giám đốc")), caps("Giao Phó giám đốc Hoàng Văn Thuân chỉ đạo.")
                .stream().map(Finding::args).toList());
        assertEquals(List.of(List.of("Chánh văn phòng", "Chánh Văn phòng")), caps("Chánh văn phòng Sở theo dõi.")
                .stream().map(Finding::args).toList(), "one place, one finding");
        assertEquals(List.of(List.of("trường Đại học", "Trường Đại học")),
                caps("Giao phòng Đào tạo của trường Đại học Duy Tân thực hiện.").stream().map(Finding::args).toList(),
                "a school's name; «phòng» before a unit is written both ways in real offices, not judged");
        List<Finding> habit = caps("Phó giám đốc Nguyễn Văn A, Phó giám đốc Trần Văn B phụ trách.");
        assertEquals(1, habit.size(), "one wrong form, one finding");
        assertEquals(2, habit.get(0).fixes().size(), "fixing every place");
        Finding fix = caps("Ban giám đốc Sở chỉ đạo.").get(0);
        assertEquals(List.of(new Fix.ReplaceText(fix.paragraph(), 0, 12, "Ban Giám đốc")), fix.fixes());
        for (String fine : List.of("Bảo vệ môi trường Việt Nam, thị trường Mỹ và cơ sở Hà Nội.", "Phó Giám đốc Sở, Phòng Đào tạo.",
                "Công tác quốc phòng Việt Nam; Ủy ban nhân dân.", "PHÓ GIÁM ĐỐC SỞ", "các phòng, ban chuyên môn",
                "Phó Trưởng Ban Chỉ đạo, Chi cục Quản lý thị trường, Trưởng phòng Quản lý công nghiệp",
                "các trường Cao đẳng, Trung cấp và trường Đại học (Đại học Mỏ - Địa chất)")) {
            assertEquals(List.of(), caps(fine), fine);
        }
    }

    @Test
    void aCommonNounCapitalisedInTheSummaryIsReported() {
        // Lào Cai's Sở Công Thương (../shared/real-2): "Kết quả kiểm tra việc chấp hành Quy định của pháp luật …"
        PlanFixture f = PlanFixture.plan().edit("Thực hiện công tác bình đẳng giới",
                p -> p.text("Kết quả kiểm tra việc chấp hành Quy định của pháp luật về hóa chất"));
        Finding noun = check(f, CheckMode.DRAFT).findings().stream().filter(x -> x.rule().equals("ND30.TITLE.TRICH_YEU"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Quy định", "quy định"), noun.args());
        assertEquals(List.of(new Fix.ReplaceText(noun.paragraph(), 32, 33, "q")), noun.fixes());
        PlanFixture named = PlanFixture.plan().edit("Thực hiện công tác bình đẳng giới",
                p -> p.text("Ban hành Quy định tuyển chọn tổ chức chủ trì nhiệm vụ khoa học"));
        assertFalse(ids(check(named, CheckMode.DRAFT)).contains("ND30.TITLE.TRICH_YEU"));
    }

    @Test
    void aStrayCharacterBeforeTheAgencyIsReportedAndRemoved() {
        // Lào Cai's Văn phòng UBND (../shared/real-2): "DUBND TỈNH LÀO CAI"
        Finding stray = check(PlanFixture.plan().edit("UBND TỈNH", p -> p.text("DUBND TỈNH THÁI NGUYÊN")), CheckMode.DRAFT)
                .findings().stream().filter(x -> x.rule().equals("ND30.HEADER.CO_QUAN")).findFirst().orElseThrow();
        assertEquals(List.of("D", "UBND TỈNH THÁI NGUYÊN"), stray.args());
        assertEquals(List.of(new Fix.ReplaceText(stray.paragraph(), 0, 1, "")), stray.fixes());
        assertFalse(ids(check(PlanFixture.plan().edit("UBND TỈNH", p -> p.text("BỘ Y TẾ")), CheckMode.DRAFT))
                .contains("ND30.HEADER.CO_QUAN"));
    }

    @Test
    void numberingStartsAgainUnderEachLetteredPartAndCIsALetterThere() {
        PlanFixture f = PlanFixture.plan();
        f.insertAfter("Thực hiện Kế hoạch", f.paragraphs.get(f.find("I. MỤC ĐÍCH")).text("A. KẾT QUẢ NĂM 2023"));
        f.insertAfter("Nâng cao nhận thức", f.paragraphs.get(f.find("I. MỤC ĐÍCH")).text("B. NHIỆM VỤ NĂM 2024"));
        f.edit("2. Yêu cầu", p -> p.text("I. YÊU CẦU"));
        f.insertAfter("Triển khai đồng bộ", f.paragraphs.get(f.find("I. MỤC ĐÍCH")).text("C. GIẢI PHÁP"));
        f.edit("II. NỘI DUNG", p -> p.text("I. NỘI DUNG THỰC HIỆN"));
        f.edit("III. KINH PHÍ", p -> p.text("II. KINH PHÍ THỰC HIỆN"));
        f.edit("IV. TỔ CHỨC", p -> p.text("III. TỔ CHỨC THỰC HIỆN"));
        List<Finding> found = check(f, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().startsWith("ND30.NUMBERING")).toList();
        assertEquals(List.of(), found);
        PlanFixture runsOn = PlanFixture.plan();
        runsOn.insertAfter("Thực hiện Kế hoạch", runsOn.paragraphs.get(runsOn.find("I. MỤC ĐÍCH")).text("A. CÔNG TÁC CHỦ NHIỆM"));
        runsOn.insertAfter("Nâng cao nhận thức", runsOn.paragraphs.get(runsOn.find("I. MỤC ĐÍCH")).text("B. CÔNG TÁC TƯ VẤN"));
        assertEquals("B", new vn.thethuc.recognize.Recognizer(Nd30Profile.standard()).recognize(runsOn.snapshot()).headings().stream()
                .filter(h -> h.level() == vn.thethuc.recognize.Heading.Level.LETTERED).reduce((a, b) -> b).orElseThrow().label());
        assertEquals(List.of(), check(runsOn, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().startsWith("ND30.NUMBERING")).toList(), "or numbered on across the parts (Duy Tân)");
        f.edit("III. TỔ CHỨC", p -> p.text("IV. TỔ CHỨC THỰC HIỆN"));
        assertEquals(List.of("rule.ND30.NUMBERING.SEQUENCE.roman"), check(f, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().startsWith("ND30.NUMBERING")).map(Finding::messageKey).toList());
    }

    @Test
    void theNumberingOfAnAttachedCharterIsJudgedForItsOrder() {
        // Lâm Đồng's Quyết định approving a Điều lệ (../shared/real-2): Điều 16 numbers two clauses "2."
        PlanFixture f = PlanFixture.plan();
        PlanFixture.P line = PlanFixture.body("x").place(Place.BODY);
        for (String t : List.of("ĐIỀU LỆ", "Điều 1: Tên gọi", "1. Hội có tư cách pháp nhân.", "2. Tiêu chuẩn Chủ tịch Hội.",
                "2. Phó Chủ tịch Hội.", "Điều 2. Tôn chỉ")) {
            f.paragraphs.add(line.text(t));
        }
        List<Finding> found = check(f, CheckMode.DRAFT).findings().stream().filter(x -> x.rule().equals("ND30.NUMBERING.SEQUENCE"))
                .toList();
        assertEquals(List.of(List.of("2", 3)), found.stream().map(Finding::args).toList(), "the order, not the colon");
    }

    @Test
    void pageNumbersInTheFooterOrInALegacyFontAreSaidSo() {
        // ../shared/real-2: Lâm Đồng's Sở Nội vụ numbers its pages bottom right; Lâm Đồng's report in VNI-Times
        PlanFixture footer = PlanFixture.plan().page(1, s -> new PageSetup(s.name(), 210, 297, false, 20, 20, 30, 15, 7.5,
                s.follow(), false, false, Alignment.RIGHT, 13, 7.5, true, "Times New Roman"));
        assertEquals(List.of("rule.ND30.PAGE.NUMBERS.inFooter"), check(footer, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().equals("ND30.PAGE.NUMBERS")).map(Finding::messageKey).toList());
        PlanFixture legacy = PlanFixture.plan().page(1, s -> new PageSetup(s.name(), 210, 297, false, 20, 20, 30, 15, 7.5,
                s.follow(), true, false, Alignment.CENTER, 14, 0, false, "VNI-Times"));
        assertEquals(List.of(List.of("VNI-Times")), check(legacy, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().equals("ND30.FONT.LEGACY")).map(Finding::args).toList());
    }

    @Test
    void aDayPaddedWithNoBreakSpacesIsADate() {
        PlanFixture f = PlanFixture.plan().edit("Thái Nguyên, ngày", p -> p.text("Thái Nguyên, ngày\u00A0\u00A0 06\u00A0\u00A0\u00A0 tháng 5\u00A0năm 2024"));
        assertFalse(ids(check(f, CheckMode.DRAFT)).contains("ND30.DATE.FORMAT"));
    }

    @Test
    void aNoteBesideARecipientIsNotPartOfIt() {
        // Bộ Tài chính's letter (../shared/real-2): "Để đăng dự thảo" set beside two portals after a gap
        PlanFixture f = PlanFixture.plan().edit("- Sở LĐ", p -> p.text("- Sở LĐ-TB&XH;       Để đăng dự thảo"));
        assertEquals(List.of(), recipients(f));
        PlanFixture open = PlanFixture.plan().edit("- Sở LĐ", p -> p.text("- Sở LĐ-TB&XH       Để đăng dự thảo"));
        assertEquals(List.of("rule.ND30.NOI_NHAN.ITEMS.semicolon"), recipients(open).stream().map(Finding::messageKey).toList());
    }

    @Test
    void aNumberWithoutTheSpaceAfterSoIsWellFormedAndASpacedDashIsOneFinding() {
        assertFalse(ids(check(PlanFixture.plan().edit("Số:", p -> p.text("Số:05/KH-SYT")), CheckMode.DRAFT))
                .contains("ND30.SO_KY_HIEU.FORMAT"));
        List<Finding> spaced = check(PlanFixture.plan().edit("Số:", p -> p.text("Số: 05/KH – SYT")), CheckMode.DRAFT)
                .findings().stream().filter(x -> x.rule().startsWith("ND30.SO_KY_HIEU")).toList();
        assertEquals(List.of("rule.ND30.SO_KY_HIEU.FORMAT.malformed"), spaced.stream().map(Finding::messageKey).toList());
    }

    /** "Kính gửi:" with its recipients on the next lines, held right by a left indent and without dashes. */
    @Test
    void addressLinesHeldUnderKinhGuiByALeftIndentAreNotBodyText() {
        List<Paragraph> in = PlanFixture.plan().snapshot().paragraphs();
        List<Paragraph> ps = new java.util.ArrayList<>();
        int bodyStart = 8;
        ps.addAll(in.subList(0, bodyStart));
        for (String[] l : new String[][] {{"Kính gửi:", "0"}, {"Các sở: Y tế, Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội, Văn hóa, Thể thao và Du lịch, Tài chính;", "57.5"},
                {"Các hội: Hội Chữ thập đỏ tỉnh, Hội Người cao tuổi tỉnh, Hội Cựu chiến binh tỉnh, Hội Nông dân tỉnh.", "57.5"}}) {
            ps.add(new Paragraph(ps.size(), l[0], List.of(run(l[0], 14, false, false)), vn.thethuc.document.Alignment.JUSTIFY,
                    l[1].equals("0") ? 40 : 0, 6, 6, vn.thethuc.document.LineSpacing.SINGLE, vn.thethuc.document.Place.BODY, "",
                    Double.parseDouble(l[1])));
        }
        for (Paragraph p : in.subList(bodyStart, in.size())) {
            ps.add(new Paragraph(ps.size(), p.text(), p.runs(), p.alignment(), p.firstLineIndentMm(), p.spaceBeforePt(),
                    p.spaceAfterPt(), p.lineSpacing(), p.place()));
        }
        vn.thethuc.document.DocumentSnapshot d = PlanFixture.plan().snapshot();
        Report r = Checker.standard().check(new vn.thethuc.document.DocumentSnapshot(ps, d.pageStyles(), d.pageCount(),
                d.marks()), CheckMode.ISSUE, Set.of(), TODAY, Map.of());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.paragraph() == bodyStart + 1 || f.paragraph() == bodyStart + 2)
                .toList());
    }

    /** The plan with {@code lines} (text, italic?, alignment) put after its trích yếu. */
    private static Report withLinesAfterTitle(String[][] lines) {
        List<Paragraph> in = PlanFixture.plan().snapshot().paragraphs();
        List<Paragraph> ps = new java.util.ArrayList<>(in.subList(0, 8));
        for (String[] l : lines) {
            boolean italic = l[1].equals("i");
            ps.add(new Paragraph(ps.size(), l[0], List.of(run(l[0], 14, false, italic)),
                    vn.thethuc.document.Alignment.valueOf(l[2]), 0, 6, 6, vn.thethuc.document.LineSpacing.SINGLE,
                    vn.thethuc.document.Place.BODY));
        }
        for (Paragraph p : in.subList(8, in.size())) {
            ps.add(new Paragraph(ps.size(), p.text(), p.runs(), p.alignment(), p.firstLineIndentMm(), p.spaceBeforePt(),
                    p.spaceAfterPt(), p.lineSpacing(), p.place()));
        }
        vn.thethuc.document.DocumentSnapshot d = PlanFixture.plan().snapshot();
        return Checker.standard().check(new vn.thethuc.document.DocumentSnapshot(ps, d.pageStyles(), d.pageCount(), d.marks()),
                CheckMode.ISSUE, Set.of(), TODAY, Map.of());
    }

    @Test
    void aRecipientWrappedOntoTheNextLineUnderKinhGuiIsOneRecipient() {
        Report wrapped = withLinesAfterTitle(new String[][] {{"Kính gửi:", "", "LEFT"},
                {"- Các Sở: Công Thương, Tài chính, Xây dựng,", "", "LEFT"}, {"Nông nghiệp và Môi trường;", "", "LEFT"},
                {"- UBND các phường: Yên Bái, Văn Phú.", "", "LEFT"}});
        assertFalse(ids(wrapped).contains("ND30.KINH_GUI.FORMAT"));
        Report open = withLinesAfterTitle(new String[][] {{"Kính gửi:", "", "LEFT"}, {"- Sở Y tế", "", "LEFT"},
                {"- Sở Tài chính.", "", "LEFT"}});
        assertEquals(List.of("- Sở Y tế"), open.findings().stream().filter(f -> f.rule().equals("ND30.KINH_GUI.FORMAT"))
                .map(Finding::text).toList());
    }

    @Test
    void aCentredItalicNoteInTheBodyIsNotBodyTextToJustify() {
        String note = "(Gửi kèm theo Phương án nổ mìn và hồ sơ đảm bảo an toàn giao thông trên Quốc lộ 279 của Công ty).";
        String before = "Sở Công Thương đề nghị Quý sở tham gia ý kiến về phương án nổ mìn và hồ sơ đảm bảo an toàn giao thông.";
        assertFalse(ids(withLinesAfterTitle(new String[][] {{before, "", "JUSTIFY"}, {note, "i", "CENTER"}}))
                .contains("ND30.BODY.ALIGN"));
        assertTrue(ids(withLinesAfterTitle(new String[][] {{before, "", "JUSTIFY"}, {note, "", "CENTER"}}))
                .contains("ND30.BODY.ALIGN"));
    }

    private static vn.thethuc.document.Run run(String text, double size, boolean bold, boolean italic) {
        return new vn.thethuc.document.Run(text, PlanFixture.TNR, size, bold, italic, -1);
    }

    private static Paragraph line(int index, List<vn.thethuc.document.Run> runs) {
        String text = runs.stream().map(vn.thethuc.document.Run::text).collect(Collectors.joining());
        return new Paragraph(index, text, runs, vn.thethuc.document.Alignment.JUSTIFY, 0, 0, 0,
                vn.thethuc.document.LineSpacing.SINGLE, vn.thethuc.document.Place.BODY);
    }

    @Test
    void quocHieuAndTieuNguTypedAsOneParagraphAreReadLineByLine() {
        vn.thethuc.document.DocumentSnapshot d = PlanFixture.plan().snapshot();
        List<Paragraph> ps = new java.util.ArrayList<>(d.paragraphs());
        int q = ps.indexOf(ps.stream().filter(p -> p.text().startsWith("CỘNG HÒA")).findFirst().orElseThrow());
        Paragraph qh = ps.get(q);
        Paragraph tn = ps.get(q + 1);
        ps.set(q, new Paragraph(qh.index(), qh.text() + "\n" + "Độc lập \u2011 Tự do \u2011 Hạnh phúc", List.of(
                new vn.thethuc.document.Run(qh.text() + "\n", PlanFixture.TNR, 13, true, false, -1),
                new vn.thethuc.document.Run("Độc lập \u2011 Tự do \u2011 Hạnh phúc", PlanFixture.TNR, 14, true, false, -1)),
                qh.alignment(), qh.firstLineIndentMm(), qh.spaceBeforePt(), qh.spaceAfterPt(), qh.lineSpacing(), qh.place()));
        ps.set(q + 1, new Paragraph(tn.index(), "", List.of(), tn.alignment(), 0, 0, 0, tn.lineSpacing(), tn.place()));
        vn.thethuc.document.DocumentSnapshot joined = new vn.thethuc.document.DocumentSnapshot(ps, d.pageStyles(),
                d.pageCount(), d.marks());
        Report r = Checker.standard().check(joined, CheckMode.DRAFT, Set.of(), TODAY, Map.of());
        assertEquals(List.of(), r.findings().stream().filter(x -> x.rule().startsWith("ND30.HEADER")).toList());
    }

    @Test
    void textMarkedVietnameseOrUnmarkedIsRightAndOtherLanguagesAreOneFixableFinding() {
        assertFalse(ids(check(PlanFixture.plan().language("vi-VN"), CheckMode.DRAFT)).contains("ND30.TEXT.LANGUAGE"));
        assertFalse(ids(check(PlanFixture.plan().language("x-none"), CheckMode.DRAFT)).contains("ND30.TEXT.LANGUAGE"));
        List<Finding> found = check(PlanFixture.plan().language("en-US"), CheckMode.DRAFT).findings().stream()
                .filter(f -> f.rule().equals("ND30.TEXT.LANGUAGE")).toList();
        assertEquals(1, found.size());
        assertEquals(List.of(new Fix.SetLanguage("vi-VN")), found.get(0).fixes());
        assertEquals(-1, found.get(0).paragraph());
    }

    @Test
    void theSignatureKeptOnOnePageOrWithPagesUnknownIsRight() {
        assertFalse(ids(check(PlanFixture.plan().pageBreakBefore("Nơi nhận:"), CheckMode.DRAFT)).contains("ND30.SIGN.KEEP"));
        assertFalse(ids(check(PlanFixture.plan(), CheckMode.DRAFT)).contains("ND30.SIGN.KEEP"));
        PlanFixture split = PlanFixture.plan().pageBreakBefore("Nguyễn Văn An");
        Finding keep = check(split, CheckMode.DRAFT).findings().stream().filter(x -> x.rule().equals("ND30.SIGN.KEEP"))
                .findFirst().orElseThrow();
        assertEquals(split.find("KT. GIÁM ĐỐC"), keep.paragraph());
        assertEquals(List.of(new Fix.KeepTogether(split.find("KT. GIÁM ĐỐC"), split.find("Nguyễn Văn An"))), keep.fixes());
    }

    @Test
    void aQuocHieuWithAWordMissingIsReportedWhereItIs() {
        PlanFixture f = PlanFixture.plan().edit("CỘNG HÒA", p -> p.text("CỘNG HÒA XÃ HỘI NGHĨA VIỆT NAM"));
        List<Finding> found = check(f, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().equals("ND30.HEADER.QUOC_HIEU")).toList();
        assertEquals(List.of("rule.ND30.HEADER.QUOC_HIEU.wording"), found.stream().map(Finding::messageKey).toList());
        assertEquals(f.find("CỘNG HÒA"), found.get(0).paragraph());
    }

    @Test
    void legacyEncodedTextIsDenseAndTechnicalSymbolsAreNotIt() {
        assertTrue(TypographyRules.looksLegacyEncoded("Céng hoµ x· héi chñ nghÜa ViÖt Nam, §éc lËp - Tù do - H¹nh phóc vµ ¸nh s¸ng"));
        assertFalse(TypographyRules.looksLegacyEncoded("Diện tích 25 m², nhiệt độ 30°C ± 2°C, lưu\u00ADlượng 3 m³/s đo bằng µm."));
    }

    @Test
    void aBlankNumberPassesInDraftAndFailsInIssueMode() {
        PlanFixture f = PlanFixture.plan().edit("Số:", p -> p.text("Số:      /KH-SYT"));
        assertFalse(ids(check(f, CheckMode.DRAFT)).contains("ND30.SO_KY_HIEU.FORMAT"));
        assertEquals(List.of("ND30.SO_KY_HIEU.FORMAT"),
                check(f, CheckMode.ISSUE).findings().stream().map(Finding::rule).toList());
    }

    @Test
    void aDraftDateWithBlanksIsTheDateLineAndASlipInItIsReportedThere() {
        PlanFixture blank = PlanFixture.plan().edit("Thái Nguyên", p -> p.text("Thái Nguyên, ngày        tháng      năm 2026"));
        assertFalse(ids(check(blank, CheckMode.DRAFT)).contains("ND30.DATE.FORMAT"));
        PlanFixture slip = PlanFixture.plan().edit("Thái Nguyên", p -> p.text("Thái Nguyên, ngày 12 háng 01 năm 2026"));
        Finding f = check(slip, CheckMode.DRAFT).findings().stream()
                .filter(x -> x.rule().equals("ND30.DATE.FORMAT")).findFirst().orElseThrow();
        assertEquals("rule.ND30.DATE.FORMAT.malformed", f.messageKey());
        assertTrue(f.paragraph() >= 0);
    }

    @Test
    void aFutureDateFailsOnlyInIssueMode() {
        PlanFixture f = PlanFixture.plan().edit("Thái Nguyên", p -> p.text("Thái Nguyên, ngày 06 tháng 5 năm 2027"));
        assertFalse(ids(check(f, CheckMode.DRAFT)).contains("ND30.DATE.VALID"));
        assertTrue(ids(check(f, CheckMode.ISSUE)).contains("ND30.DATE.VALID"));
    }

    @Test
    void aDisabledRuleIsSilent() {
        PlanFixture f = PlanFixture.plan().edit("- Lưu:", p -> p.text("- Lưu: VT, NVY"));
        Report r = Checker.standard().check(f.snapshot(), CheckMode.DRAFT, Set.of("ND30.NOI_NHAN.LUU"), TODAY, Map.of());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void safeFixesAreOffered() {
        Report r = check(PlanFixture.plan()
                .edit("- Lưu:", p -> p.text("- Lưu: VT, NVY"))
                .edit("Thái Nguyên", p -> p.text("Thái Nguyên, ngày 6 tháng 5 năm 2024"))
                .edit("Số:", p -> p.text("Số: 05 /KH-SYT")), CheckMode.DRAFT);
        Finding luu = r.findings().stream().filter(f -> f.rule().equals("ND30.NOI_NHAN.LUU")).findFirst().orElseThrow();
        assertEquals(List.of(new Fix.ReplaceText(luu.paragraph(), 14, 14, ".")), luu.fixes());
        Finding date = r.findings().stream().filter(f -> f.rule().equals("ND30.DATE.PADDING")).findFirst().orElseThrow();
        assertEquals(List.of(new Fix.ReplaceText(date.paragraph(), 18, 19, "06")), date.fixes());
        Finding so = r.findings().stream().filter(f -> f.rule().equals("ND30.SO_KY_HIEU.FORMAT")).findFirst().orElseThrow();
        assertEquals(List.of(new Fix.ReplaceText(so.paragraph(), 0, 14, "Số: 05/KH-SYT")), so.fixes());
    }

    @Test
    void aLuuLineWithTrailingNotesIsReportedButNotFixed() {
        Report r = check(PlanFixture.plan().edit("- Lưu:", p -> p.text("- Lưu: VT, BTXH-TEBĐG (ĐTTL).50b")),
                CheckMode.DRAFT);
        Finding luu = r.findings().stream().filter(f -> f.rule().equals("ND30.NOI_NHAN.LUU")).findFirst().orElseThrow();
        assertFalse(luu.fixable());
    }

    @Test
    void aCollectiveBodysPlanSignedByADeputyNeedsTm() {
        PlanFixture f = PlanFixture.plan().edit("Số:", p -> p.text("Số: 59/KH-UBND"))
                .edit("KT. GIÁM ĐỐC", p -> p.text("KT. CHỦ TỊCH")).edit("PHÓ GIÁM ĐỐC", p -> p.text("PHÓ CHỦ TỊCH"));
        // a deputy signing KT. CHỦ TỊCH for the chairman is right until the body itself speaks
        assertEquals(List.of(), check(f, CheckMode.DRAFT).findings());
        f.edit("Thực hiện Kế hoạch", p -> p.text("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân "
                + "tỉnh, UBND tỉnh Thái Nguyên ban hành Kế hoạch thực hiện như sau:"));
        Report r = check(f, CheckMode.DRAFT);
        assertEquals(List.of("rule.ND30.SIGN.AUTHORITY.collectiveWithoutTm"),
                r.findings().stream().map(Finding::messageKey).toList());
        f.edit("KT. CHỦ TỊCH", p -> p.text("TL. CHỦ TỊCH")).edit("PHÓ CHỦ TỊCH", p -> p.text("KT. CHÁNH VĂN PHÒNG"))
                .insertAfter("KT. CHÁNH VĂN PHÒNG", f.paragraphs.get(f.find("KT. CHÁNH")).text("PHÓ CHÁNH VĂN PHÒNG"));
        assertEquals(List.of(), check(f, CheckMode.DRAFT).findings(), "TL. then KT.: the office signs for the chairman");
    }

    @Test
    void onlyTheSignersOwnTitleIsJudgedAndSpacesMayPushALineDown() {
        PlanFixture f = PlanFixture.plan().edit("KT. GIÁM ĐỐC", p -> p.text("TM. BAN CHỈ ĐẠO"))
                .edit("PHÓ GIÁM ĐỐC", p -> p.text("PHÓ TRƯỞNG BAN"));
        // the signing space, then the signer's other title above the name: not judged
        f.insertAfter("PHÓ TRƯỞNG BAN", f.paragraphs.get(f.find("PHÓ TRƯỞNG BAN")).text(""));
        f.insertAfter("Nguyễn Văn An", f.paragraphs.get(f.find("PHÓ TRƯỞNG BAN")).text("Nguyễn Văn An"));
        f.edit("Nguyễn Văn An", p -> p.text("PHÓ CHỦ TỊCH UBND TỈNH"));
        List<Finding> found = check(f, CheckMode.DRAFT).findings();
        assertEquals(List.of("rule.ND30.SIGN.AUTHORITY.deputyWithoutKt"), found.stream().map(Finding::messageKey).toList());
        assertEquals(f.find("PHÓ TRƯỞNG BAN"), found.get(0).paragraph());
        // two titles above the space: the deputy one needs its KT. (a director signing as the committee's deputy)
        PlanFixture dual = PlanFixture.plan().edit("KT. GIÁM ĐỐC", p -> p.text("GIÁM ĐỐC"))
                .edit("PHÓ GIÁM ĐỐC", p -> p.text("PHÓ TRƯỞNG BAN THƯỜNG TRỰC"));
        assertEquals(List.of("rule.ND30.SIGN.AUTHORITY.deputyWithoutKt"),
                check(dual, CheckMode.DRAFT).findings().stream().map(Finding::messageKey).toList());
        PlanFixture pushed = PlanFixture.plan().edit("KT. GIÁM ĐỐC", p -> p.text("TM. SỞ Y TẾ" + " ".repeat(40) + "KT. GIÁM ĐỐC"));
        assertEquals(List.of(), check(pushed, CheckMode.DRAFT).findings());
    }

    @Test
    void cadresOfAMinistrysSectorAreNotTheMinistry() {
        PlanFixture f = PlanFixture.plan().edit("Văn phòng Sở", p -> p.text("Tập huấn cho cán bộ Lao động - Thương binh "
                + "và Xã hội cấp xã về kỹ năng lồng ghép giới trong xây dựng chính sách."));
        assertEquals(List.of(), check(f, CheckMode.DRAFT).findings());
    }
}
