package vn.thethuc.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.LineSpacing;
import vn.thethuc.document.PageSetup;
import vn.thethuc.document.Place;

/**
 * The variants of the rules that {@link RulesTest} does not reach: each message a person can be shown is produced
 * by one change to the clean plan (so that a variant renamed at its call, or a case that stopped being found,
 * fails here rather than showing a raw key or nothing).
 */
class VariantsTest {
    static Arguments says(String key, Supplier<PlanFixture> fixture) {
        return Arguments.of(key, fixture, CheckMode.DRAFT);
    }

    static Arguments saysWhenIssuing(String key, Supplier<PlanFixture> fixture) {
        return Arguments.of(key, fixture, CheckMode.ISSUE);
    }

    static PlanFixture plan() {
        return PlanFixture.plan();
    }

    static PageSetup numbers(PageSetup s, boolean inHeader, boolean onFirst, Alignment align, double size) {
        return new PageSetup(s.name(), s.widthMm(), s.heightMm(), s.landscape(), s.topMm(), s.bottomMm(), s.leftMm(),
                s.rightMm(), s.headerHeightMm(), s.follow(), inHeader, onFirst, align, size);
    }

    static Stream<Arguments> variants() {
        Place left = new Place(0, 0, 0);
        return Stream.of(
                says("rule.KH.SECTIONS.purpose", () -> plan().edit("I. MỤC ĐÍCH", p -> p.text("I. CĂN CỨ XÂY DỰNG"))),
                says("rule.KH.SECTIONS.content", () -> plan().edit("II. NỘI DUNG", p -> p.text("II. CÁC HOẠT ĐỘNG"))),
                // one tight gap is said as one only where it is a habit: in a short text
                says("rule.ND30.BODY.SPACING.between", () -> plan().remove("2. Yêu cầu").remove("Triển khai đồng bộ")
                        .remove("II. NỘI DUNG").remove("1. Tuyên truyền").remove("a) Tuyên truyền").remove("b) Lồng ghép")
                        .remove("III. KINH PHÍ").remove("Từ nguồn").remove("IV. TỔ CHỨC").remove("Văn phòng Sở")
                        .edit("Nâng cao nhận thức", p -> p.spaceAfter(0))),
                says("rule.ND30.DATE.FORMAT.missing", () -> plan().remove("Thái Nguyên, ngày")),
                says("rule.ND30.DATE.FORMAT.size", () -> plan().edit("Thái Nguyên, ngày", p -> p.size(12))),
                says("rule.ND30.HEADER.QUOC_HIEU.missing", () -> plan().remove("CỘNG HÒA")),
                says("rule.ND30.HEADER.QUOC_HIEU.size", () -> plan().edit("CỘNG HÒA", p -> p.size(11))),
                says("rule.ND30.HEADER.QUOC_HIEU.position", () -> plan().edit("CỘNG HÒA", p -> p.place(left))
                        .edit("Độc lập", p -> p.place(left)).edit("Thái Nguyên, ngày", p -> p.place(left))),
                says("rule.ND30.HEADER.TIEU_NGU.missing", () -> plan().remove("Độc lập")),
                says("rule.ND30.HEADER.TIEU_NGU.notBold", () -> plan().edit("Độc lập", p -> p.bold(false))),
                says("rule.ND30.HEADER.TIEU_NGU.size", () -> plan().edit("Độc lập", p -> p.size(12))),
                says("rule.ND30.HEADER.TIEU_NGU.oneSizeAbove", () -> plan().edit("Độc lập", p -> p.size(13))),
                says("rule.ND30.HEADER.CO_QUAN.missing", () -> plan().remove("UBND TỈNH").remove("SỞ Y TẾ")),
                says("rule.ND30.HEADER.CO_QUAN.notUpper", () -> plan().edit("SỞ Y TẾ", p -> p.text("Sở Y tế"))),
                says("rule.ND30.HEADER.CO_QUAN.parentBold", () -> plan().edit("UBND TỈNH", p -> p.bold(true))
                        .edit("SỞ Y TẾ", p -> p.bold(false))),
                says("rule.ND30.HEADER.CO_QUAN.size", () -> plan().edit("UBND TỈNH", p -> p.size(11))
                        .edit("SỞ Y TẾ", p -> p.size(11))),
                says("rule.ND30.NOI_NHAN.ITEMS.dash", () -> plan().edit("- Sở LĐ", p -> p.text("+ Sở LĐ-TB&XH;"))),
                says("rule.ND30.NOI_NHAN.LUU.missing", () -> plan().remove("- Lưu:")),
                says("rule.ND30.PAGE.NUMBERS.onFirstPage", () -> plan().page(0, s -> numbers(s, true, true,
                        Alignment.CENTER, 14))),
                says("rule.ND30.PAGE.NUMBERS.notCentred", () -> plan().page(1, s -> numbers(s, true, false,
                        Alignment.RIGHT, 14))),
                says("rule.ND30.PAGE.NUMBERS.size", () -> plan().page(1, s -> numbers(s, true, false,
                        Alignment.CENTER, 11))),
                says("rule.ND30.SIGN.FORMAT.size", () -> plan().edit("KT. GIÁM ĐỐC", p -> p.size(11))
                        .edit("PHÓ GIÁM ĐỐC", p -> p.size(11))),
                says("rule.ND30.SIGN.FORMAT.titleNotBold", () -> plan().edit("PHÓ GIÁM ĐỐC", p -> p.bold(false))),
                says("rule.ND30.SIGN.AUTHORITY.slashed", () -> plan().edit("KT. GIÁM ĐỐC", p -> p.text("K/T. GIÁM ĐỐC"))),
                says("rule.ND30.SIGN.PRESENT.incomplete", () -> plan().remove("Nguyễn Văn An")),
                says("rule.ND30.SO_KY_HIEU.FORMAT.missing", () -> plan().remove("Số: 05")),
                says("rule.ND30.SO_KY_HIEU.FORMAT.extraZero", () -> plan().edit("Số: 05", p -> p.text("Số: 015/KH-SYT"))),
                says("rule.ND30.SO_KY_HIEU.FORMAT.case", () -> plan().edit("Số: 05", p -> p.text("Số: 05/KH-Syt"))),
                says("rule.ND30.TITLE.TYPE.notCentred", () -> plan().edit("KẾ HOẠCH", p -> p.align(Alignment.LEFT))),
                says("rule.ND30.TITLE.TYPE.size", () -> plan().edit("KẾ HOẠCH", p -> p.size(16))),
                says("rule.ND30.TITLE.TRICH_YEU.notBold", () -> plan().edit("Thực hiện công tác", p -> p.bold(false))),
                says("rule.ND30.TITLE.TRICH_YEU.size", () -> plan().edit("Thực hiện công tác", p -> p.size(12))),
                says("rule.ND30.TITLE.TRICH_YEU.missing", () -> plan().remove("Thực hiện công tác")),
                says("rule.ND30.NUMBERING.LETTERS.notVietnamese", () -> plan().edit("b) Lồng ghép",
                        p -> p.text("f) Lồng ghép nội dung bình đẳng giới trong các hội nghị."))),
                says("rule.ND30.HEADER.TIEU_NGU.order", () -> {
                    PlanFixture f = plan();
                    PlanFixture.P quocHieu = f.paragraphs.get(f.find("CỘNG HÒA"));
                    return f.remove("CỘNG HÒA").insertAfter("Độc lập", quocHieu);
                }),
                says("rule.ND30.DATE.FORMAT.order", VariantsTest::tieuNguUnderTheDate),
                says("rule.ND30.HEADER.QUOC_HIEU.notUpper", () -> plan().edit("CỘNG HÒA",
                        p -> p.text("Cộng hòa xã hội chủ nghĩa Việt Nam"))),
                says("rule.ND30.TITLE.TYPE.extraWords", () -> plan().edit("KẾ HOẠCH", p -> p.text("KẾ HOẠCH HÀNH ĐỘNG"))),
                says("rule.ND30.TITLE.TYPE.missing", () -> plan().remove("KẾ HOẠCH")),
                says("rule.ND30.FONT.LEGACY.encoding", () -> plan().edit("Văn phòng Sở",
                        p -> p.text("V¨n phßng Së chñ tr×, phèi hîp víi c¸c phßng chøc n¨ng theo dâi."))),
                says("rule.ND30.TITLE.TRICH_YEU.vvBold", () -> congVan(true, 13)),
                says("rule.ND30.TITLE.TRICH_YEU.vvSize", () -> congVan(false, 11)),
                says("rule.ND30.TITLE.TRICH_YEU.vvMissing", () -> congVan(false, 13).remove("V/v")),
                says("rule.ND30.CITATION.SYMBOL.case", () -> plan().edit("a) Tuyên truyền",
                        p -> p.text("a) Tuyên truyền Quyết định số 2282/QĐ-Ttg ngày 31/12/2020 của Thủ tướng Chính phủ."))));
    }

    /** The date line typed above the Tiêu ngữ. */
    static PlanFixture tieuNguUnderTheDate() {
        PlanFixture f = plan();
        PlanFixture.P tieuNgu = f.paragraphs.get(f.find("Độc lập"));
        return f.remove("Độc lập").insertAfter("Thái Nguyên, ngày", tieuNgu);
    }

    /** The plan sent as a công văn: no title, its subject in a V/v line under the number. */
    static PlanFixture congVan(boolean vvBold, double vvSize) {
        PlanFixture f = plan();
        PlanFixture.P so = f.paragraphs.get(f.find("Số:"));
        return f.remove("KẾ HOẠCH").remove("Thực hiện công tác").edit("Số:", p -> p.text("Số: 05/SYT-NVY"))
                .insertAfter("Số:", so.text("V/v thực hiện công tác bình đẳng giới năm 2024").bold(vvBold).size(vvSize));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theVariantIsSaid(String key, Supplier<PlanFixture> fixture, CheckMode mode) {
        Report r = Checker.standard().check(fixture.get().snapshot(), mode, Set.of(), RulesTest.TODAY, Map.of());
        List<String> said = r.findings().stream().map(Finding::messageKey).toList();
        assertTrue(said.contains(key), key + " not among " + said);
    }
}
