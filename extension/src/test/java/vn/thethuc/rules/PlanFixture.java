package vn.thethuc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.LineSpacing;
import vn.thethuc.document.PageSetup;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Place;
import vn.thethuc.document.Run;

/**
 * A Kế hoạch laid out as NĐ30 asks, as a snapshot: the passing fixture of every rule. Tests change
 * one thing ({@link #edit}) to make the fixture that breaks a rule.
 */
final class PlanFixture {
    static final String TNR = "Times New Roman";

    /** A paragraph being built: one run, its format, its place. */
    record P(String text, String font, double size, boolean bold, boolean italic, int color, Alignment align,
            double indentMm, double spaceAfterPt, Place place) {
        P text(String t) {
            return new P(t, font, size, bold, italic, color, align, indentMm, spaceAfterPt, place);
        }

        P bold(boolean b) {
            return new P(text, font, size, b, italic, color, align, indentMm, spaceAfterPt, place);
        }

        P italic(boolean i) {
            return new P(text, font, size, bold, i, color, align, indentMm, spaceAfterPt, place);
        }

        P size(double s) {
            return new P(text, font, s, bold, italic, color, align, indentMm, spaceAfterPt, place);
        }

        P font(String f) {
            return new P(text, f, size, bold, italic, color, align, indentMm, spaceAfterPt, place);
        }

        P color(int c) {
            return new P(text, font, size, bold, italic, c, align, indentMm, spaceAfterPt, place);
        }

        P align(Alignment a) {
            return new P(text, font, size, bold, italic, color, a, indentMm, spaceAfterPt, place);
        }

        P indent(double mm) {
            return new P(text, font, size, bold, italic, color, align, mm, spaceAfterPt, place);
        }

        P place(Place p) {
            return new P(text, font, size, bold, italic, color, align, indentMm, spaceAfterPt, p);
        }

        P spaceAfter(double pt) {
            return new P(text, font, size, bold, italic, color, align, indentMm, pt, place);
        }
    }

    final List<P> paragraphs = new ArrayList<>();
    final List<PageSetup> pages = new ArrayList<>();
    int pageCount = 3;

    private static P p(String text, double size, boolean bold, boolean italic, Alignment a, Place place) {
        return new P(text, TNR, size, bold, italic, -1, a, 0, 0, place);
    }

    private static P prose(String text) {
        return new P(text, TNR, 14, false, false, -1, Alignment.JUSTIFY, 10, 6, Place.BODY);
    }

    private static P heading(String text) {
        return new P(text, TNR, 14, true, false, -1, Alignment.JUSTIFY, 10, 6, Place.BODY);
    }

    static PlanFixture plan() {
        PlanFixture f = new PlanFixture();
        Place left = new Place(0, 0, 0);
        Place right = new Place(0, 0, 1);
        f.paragraphs.add(p("UBND TỈNH THÁI NGUYÊN", 13, false, false, Alignment.CENTER, left));
        f.paragraphs.add(p("SỞ Y TẾ", 13, true, false, Alignment.CENTER, left));
        f.paragraphs.add(p("Số: 05/KH-SYT", 13, false, false, Alignment.CENTER, left));
        f.paragraphs.add(p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false, Alignment.CENTER, right));
        f.paragraphs.add(p("Độc lập - Tự do - Hạnh phúc", 14, true, false, Alignment.CENTER, right));
        f.paragraphs.add(p("Thái Nguyên, ngày 06 tháng 5 năm 2024", 14, false, true, Alignment.CENTER, right));
        f.paragraphs.add(p("KẾ HOẠCH", 14, true, false, Alignment.CENTER, Place.BODY));
        f.paragraphs.add(p("Thực hiện công tác bình đẳng giới năm 2024", 14, true, false, Alignment.CENTER, Place.BODY));
        f.paragraphs.add(prose("Thực hiện Kế hoạch số 158/KH-UBND ngày 06/5/2024 của UBND tỉnh về triển khai công tác "
                + "bình đẳng giới năm 2024, Sở Y tế xây dựng Kế hoạch thực hiện như sau:"));
        f.paragraphs.add(heading("I. MỤC ĐÍCH, YÊU CẦU"));
        f.paragraphs.add(heading("1. Mục đích"));
        f.paragraphs.add(prose("Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và người lao động trong "
                + "ngành y tế về bình đẳng giới."));
        f.paragraphs.add(heading("2. Yêu cầu"));
        f.paragraphs.add(prose("Triển khai đồng bộ, hiệu quả các nội dung của Kế hoạch; phối hợp chặt chẽ với Sở Lao động "
                + "- Thương binh và Xã hội trong quá trình thực hiện."));
        f.paragraphs.add(heading("II. NỘI DUNG THỰC HIỆN"));
        f.paragraphs.add(heading("1. Tuyên truyền, phổ biến chính sách, pháp luật về bình đẳng giới"));
        f.paragraphs.add(prose("a) Tuyên truyền Luật Bình đẳng giới, Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ "
                + "tướng Chính phủ đến toàn thể cán bộ, công chức."));
        f.paragraphs.add(prose("b) Lồng ghép nội dung bình đẳng giới trong các hội nghị, sinh hoạt chuyên đề của các đơn "
                + "vị trực thuộc Sở."));
        f.paragraphs.add(heading("III. KINH PHÍ THỰC HIỆN"));
        f.paragraphs.add(prose("Từ nguồn ngân sách nhà nước được bố trí trong dự toán hằng năm của Sở và các nguồn kinh phí "
                + "hợp pháp khác."));
        f.paragraphs.add(heading("IV. TỔ CHỨC THỰC HIỆN"));
        f.paragraphs.add(prose("Văn phòng Sở chủ trì, phối hợp với các phòng chức năng theo dõi, tổng hợp kết quả thực "
                + "hiện, báo cáo Giám đốc Sở."));
        f.paragraphs.add(prose("Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2024 của Sở Y tế; đề nghị các "
                + "đơn vị nghiêm túc triển khai thực hiện./."));
        Place recipients = new Place(1, 0, 0);
        Place signer = new Place(1, 0, 1);
        f.paragraphs.add(p("Nơi nhận:", 12, true, true, Alignment.LEFT, recipients));
        f.paragraphs.add(p("- UBND tỉnh (b/c);", 11, false, false, Alignment.LEFT, recipients));
        f.paragraphs.add(p("- Sở LĐ-TB&XH;", 11, false, false, Alignment.LEFT, recipients));
        f.paragraphs.add(p("- Lưu: VT, NVY.", 11, false, false, Alignment.LEFT, recipients));
        f.paragraphs.add(p("KT. GIÁM ĐỐC", 14, true, false, Alignment.CENTER, signer));
        f.paragraphs.add(p("PHÓ GIÁM ĐỐC", 14, true, false, Alignment.CENTER, signer));
        f.paragraphs.add(p("Nguyễn Văn An", 14, true, false, Alignment.CENTER, signer));
        f.pages.add(new PageSetup("First Page", 210, 297, false, 20, 20, 30, 15, 0, "Standard", false, false,
                Alignment.CENTER, 0));
        f.pages.add(new PageSetup("Standard", 210, 297, false, 20, 20, 30, 15, 7.5, "Standard", true, false,
                Alignment.CENTER, 14));
        return f;
    }

    int find(String prefix) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).text().startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no paragraph starts with " + prefix);
    }

    PlanFixture edit(String prefix, UnaryOperator<P> change) {
        int i = find(prefix);
        paragraphs.set(i, change.apply(paragraphs.get(i)));
        return this;
    }

    PlanFixture remove(String prefix) {
        paragraphs.remove(find(prefix));
        return this;
    }

    PlanFixture insertAfter(String prefix, P added) {
        paragraphs.add(find(prefix) + 1, added);
        return this;
    }

    static P body(String text) {
        return prose(text);
    }

    PlanFixture page(int i, UnaryOperator<PageSetup> change) {
        pages.set(i, change.apply(pages.get(i)));
        return this;
    }

    /** The language every run is marked in ("" for none, as the fixture's clean plan). */
    private String language = "";

    /** Where the layout starts page 2 (-1: every paragraph's page unknown, as in a snapshot without pages). */
    private int pageTwoAt = -1;

    /** Laid out with all its text on page 1 (what follows on page 2 is empty paragraphs). */
    PlanFixture textOnPageOne() {
        pageTwoAt = paragraphs.size();
        return this;
    }

    PlanFixture pageBreakBefore(String prefix) {
        pageTwoAt = find(prefix);
        return this;
    }

    PlanFixture language(String tag) {
        language = tag;
        return this;
    }

    DocumentSnapshot snapshot() {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            P p = paragraphs.get(i);
            out.add(new Paragraph(i, p.text(), List.of(new Run(p.text(), p.font(), p.size(), p.bold(), p.italic(),
                    p.color(), language)), p.align(), p.indentMm(), 0, p.spaceAfterPt(), LineSpacing.SINGLE, p.place()));
        }
        java.util.Map<Integer, Integer> laid = new java.util.HashMap<>();
        if (pageTwoAt >= 0) {
            for (int i = 0; i < out.size(); i++) {
                laid.put(i, i < pageTwoAt ? 1 : 2);
            }
        }
        return new DocumentSnapshot(out, pages, pageCount, java.util.Map.of(), laid, laid);
    }
}
