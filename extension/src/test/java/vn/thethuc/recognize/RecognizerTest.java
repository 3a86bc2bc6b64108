package vn.thethuc.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.LineSpacing;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Place;
import vn.thethuc.document.Run;
import vn.thethuc.profile.Nd30Profile;

/**
 * The parts the header, body and closing finders find, on the layouts real offices' files have (each modelled
 * on the files of ../shared/real and real-2 that showed it). A layout is one paragraph a line:
 * {@code [table,row,column] ALIGN|text}, the cell left out for body text, ALIGN one of C L R J; "\t" is a tab,
 * "↵" a line break inside the paragraph.
 * What is expected is said part by part, the parts' texts joined by " | ".
 */
class RecognizerTest {
    record Case(String name, String layout, Map<String, String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> layouts() {
        return Stream.of(
                new Case("NĐ30's two tables: header and closing", """
                        [0,0,0] C|UBND TỈNH THÁI NGUYÊN
                        [0,0,0] C|SỞ Y TẾ
                        [0,0,0] C|Số: 05/KH-SYT
                        [0,0,1] C|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        [0,0,1] C|Độc lập - Tự do - Hạnh phúc
                        [0,0,1] C|Thái Nguyên, ngày 06 tháng 5 năm 2024
                        C|KẾ HOẠCH
                        C|Thực hiện công tác bình đẳng giới năm 2024
                        J|I. MỤC ĐÍCH, YÊU CẦU
                        J|Nâng cao nhận thức về bình đẳng giới.
                        [1,0,0] L|Nơi nhận:
                        [1,0,0] L|- UBND tỉnh (b/c);
                        [1,0,0] L|- Lưu: VT, NVY.
                        [1,0,1] C|KT. GIÁM ĐỐC
                        [1,0,1] C|PHÓ GIÁM ĐỐC
                        [1,0,1] C|Nguyễn Văn An
                        """, expect("type", "KH", "agency", "UBND TỈNH THÁI NGUYÊN | SỞ Y TẾ", "so", "Số: 05/KH-SYT",
                        "quocHieu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tieuNgu", "Độc lập - Tự do - Hạnh phúc",
                        "date", "Thái Nguyên, ngày 06 tháng 5 năm 2024", "title", "KẾ HOẠCH",
                        "trichYeu", "Thực hiện công tác bình đẳng giới năm 2024",
                        "body", "I. MỤC ĐÍCH, YÊU CẦU | Nâng cao nhận thức về bình đẳng giới.", "noiNhan", "Nơi nhận:",
                        "items", "- UBND tỉnh (b/c); | - Lưu: VT, NVY.",
                        "signature", "KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC | Nguyễn Văn An")),
                new Case("a header typed as two columns with tabs (Bình Dương 2009)", """
                        L|ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        L|TỈNH BÌNH DƯƠNG\t\tĐộc lập - Tự do - Hạnh phúc
                        L|Số: 09/2009/CT-UBND\t\tThủ Dầu Một, ngày 02 tháng 3 năm 2009
                        C|CHỈ THỊ
                        C|Về việc tăng cường công tác phòng cháy
                        J|Trong thời gian qua, công tác phòng cháy đã có chuyển biến.
                        """, expect("type", "CT", "agency", "ỦY BAN NHÂN DÂN | TỈNH BÌNH DƯƠNG", "so", "Số: 09/2009/CT-UBND",
                        "quocHieu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tieuNgu", "Độc lập - Tự do - Hạnh phúc",
                        "date", "Thủ Dầu Một, ngày 02 tháng 3 năm 2009", "title", "CHỈ THỊ",
                        "trichYeu", "Về việc tăng cường công tác phòng cháy")),
                new Case("a công văn: V/v in the header, Kính gửi with a wrapped recipient", """
                        [0,0,0] C|ỦY BAN NHÂN DÂN
                        [0,0,0] C|TỈNH LÀO CAI
                        [0,0,0] C|Số:      /UBND-KT
                        [0,0,0] C|V/v di dời cụm công nghiệp
                        [0,0,1] C|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        [0,0,1] C|Độc lập - Tự do - Hạnh phúc
                        [0,0,1] C|Lào Cai, ngày      tháng 6 năm 2026
                        C|Kính gửi:
                        C|- Các Sở: Công Thương, Tài chính,
                        C|Nông nghiệp và Môi trường;
                        C|- UBND thị xã Sa Pa.
                        J|Thực hiện chỉ đạo của Thường trực Tỉnh ủy, UBND tỉnh có ý kiến như sau:
                        """, expect("type", "CV", "so", "Số:      /UBND-KT", "agency", "ỦY BAN NHÂN DÂN | TỈNH LÀO CAI",
                        "vv", "V/v di dời cụm công nghiệp", "title", "-",
                        "kinhGui", "Kính gửi: | - Các Sở: Công Thương, Tài chính, | Nông nghiệp và Môi trường; | - UBND thị xã Sa Pa.",
                        "body", "Thực hiện chỉ đạo của Thường trực Tỉnh ủy, UBND tỉnh có ý kiến như sau:")),
                new Case("Quốc hiệu and Tiêu ngữ one paragraph, split by a line break", """
                        [0,0,0] C|SỞ CÔNG THƯƠNG
                        [0,0,0] C|Số: 12/TB-SCT
                        [0,0,1] C|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM↵Độc lập - Tự do - Hạnh phúc
                        [0,0,1] C|Lào Cai, ngày 09 tháng 4 năm 2026
                        C|THÔNG BÁO
                        C|Kết quả kiểm tra
                        J|Ngày 01/4/2026, Đoàn kiểm tra đã làm việc với Công ty.
                        """, expect("quocHieu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tieuNgu", "Độc lập - Tự do - Hạnh phúc",
                        "agency", "SỞ CÔNG THƯƠNG", "title", "THÔNG BÁO")),
                new Case("a Quyết định: the authority line under the trích yếu is not the trích yếu's", """
                        [0,0,0] C|SỞ Y TẾ
                        [0,0,0] C|Số: 15/QĐ-SYT
                        [0,0,1] C|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                        [0,0,1] C|Độc lập - Tự do - Hạnh phúc
                        [0,0,1] C|Thái Nguyên, ngày 06 tháng 5 năm 2024
                        C|QUYẾT ĐỊNH
                        C|Về việc thành lập Đoàn kiểm tra
                        C|GIÁM ĐỐC SỞ Y TẾ
                        J|Căn cứ Luật Khám bệnh, chữa bệnh;
                        """, expect("type", "QĐ", "trichYeu", "Về việc thành lập Đoàn kiểm tra",
                        "body", "GIÁM ĐỐC SỞ Y TẾ | Căn cứ Luật Khám bệnh, chữa bệnh;")),
                new Case("a closing typed without a table: the signer's lines beside the recipients", """
                        C|BÁO CÁO
                        C|Kết quả thực hiện
                        J|Trên đây là báo cáo./.
                        L|Nơi nhận:\t\t\tKT. CHỦ TỊCH
                        L|- Như trên;\t\t\tPHÓ CHỦ TỊCH
                        L|- Lưu: VT.
                        R|Nguyễn Văn Bình
                        """, expect("noiNhan", "Nơi nhận:", "items", "- Như trên; | - Lưu: VT.",
                        "signature", "KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Nguyễn Văn Bình", "body", "Trên đây là báo cáo./.")),
                new Case("once the signature column has begun, what stands right of the gap is its", """
                        C|BÁO CÁO
                        C|Kết quả thực hiện
                        J|Trên đây là báo cáo./.
                        L|Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN
                        L|- Như trên;\t\t\tKT. CHỦ TỊCH
                        L|- Lưu: VT.\t\t\t(Đã ký)
                        """, expect("items", "- Như trên; | - Lưu: VT.",
                        "signature", "TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | (Đã ký)")),
                new Case("no Nơi nhận: a sentence-case authority and a name, right-aligned (a university's notice)", """
                        C|THÔNG BÁO
                        C|Về việc xét tốt nghiệp
                        J|Sinh viên nộp hồ sơ trước ngày 15/3/2014./.
                        R|TL. Hiệu trưởng
                        R|TRƯỞNG PHÒNG ĐÀO TẠO
                        R|Nguyễn Văn Cường
                        """, expect("noiNhan", "-", "signature", "TL. Hiệu trưởng | TRƯỞNG PHÒNG ĐÀO TẠO | Nguyễn Văn Cường",
                        "body", "Sinh viên nộp hồ sơ trước ngày 15/3/2014./.")),
                new Case("the signature two columns right of Nơi nhận, the middle one empty", """
                        C|KẾ HOẠCH
                        C|Tuyên truyền cải cách hành chính
                        J|Đề nghị các cơ quan triển khai thực hiện./.
                        [1,0,0] L|Nơi nhận:
                        [1,0,0] L|- Các sở, ban, ngành;
                        [1,0,0] L|- Lưu: VT, NC.
                        [1,0,1] C|
                        [1,0,2] C|TM. ỦY BAN NHÂN DÂN
                        [1,0,2] C|KT. CHỦ TỊCH
                        [1,0,2] C|PHÓ CHỦ TỊCH
                        [1,0,2] C|Trần Văn Dũng
                        """, expect("items", "- Các sở, ban, ngành; | - Lưu: VT, NC.",
                        "signature", "TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Trần Văn Dũng")));
    }

    private static Map<String, String> expect(String... partAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < partAndTexts.length; i += 2) {
            m.put(partAndTexts[i], partAndTexts[i + 1]);
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theFindersFindTheParts(Case c) {
        Structure s = new Recognizer(Nd30Profile.standard()).recognize(snapshot(c.layout()));
        Map<String, String> found = describe(s);
        Map<String, String> asked = new LinkedHashMap<>();
        c.expected().keySet().stream().sorted().forEach(k -> asked.put(k, found.get(k)));
        assertEquals(new java.util.TreeMap<>(c.expected()), new java.util.TreeMap<>(asked), c.name());
    }

    static DocumentSnapshot snapshot(String layout) {
        List<Paragraph> ps = new ArrayList<>();
        for (String line : layout.split("\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            Place place = Place.BODY;
            String rest = line;
            if (rest.startsWith("[")) {
                String[] cell = rest.substring(1, rest.indexOf(']')).split(",");
                place = new Place(Integer.parseInt(cell[0]), Integer.parseInt(cell[1]), Integer.parseInt(cell[2]));
                rest = rest.substring(rest.indexOf(']') + 2);
            }
            Alignment align = switch (rest.charAt(0)) {
                case 'C' -> Alignment.CENTER;
                case 'R' -> Alignment.RIGHT;
                case 'J' -> Alignment.JUSTIFY;
                default -> Alignment.LEFT;
            };
            String text = rest.substring(2).replace('↵', '\n');
            ps.add(new Paragraph(ps.size(), text, List.of(new Run(text, "Times New Roman", 14, false, false,
                    Run.AUTO_COLOR, "", false)), align, 0, 0, 6, LineSpacing.SINGLE, place));
        }
        return new DocumentSnapshot(ps, List.of(), 1);
    }

    static Map<String, String> describe(Structure s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", s.typeCode());
        m.put("agency", texts(s.agency()));
        m.put("so", one(s.soKyHieu()));
        m.put("quocHieu", one(s.quocHieu()));
        m.put("tieuNgu", one(s.tieuNgu()));
        m.put("date", one(s.date()));
        m.put("title", one(s.title()));
        m.put("trichYeu", texts(s.trichYeu()));
        m.put("vv", one(s.vv()));
        m.put("kinhGui", texts(s.kinhGui()));
        m.put("body", texts(s.body()));
        m.put("noiNhan", one(s.noiNhan()));
        m.put("items", texts(s.noiNhanItems()));
        m.put("signature", texts(s.signature()));
        return m;
    }

    private static String one(Optional<Paragraph> p) {
        return p.map(x -> x.text().strip()).orElse("-");
    }

    private static String texts(List<Paragraph> ps) {
        return ps.isEmpty() ? "-" : String.join(" | ", ps.stream().map(p -> p.text().strip()).toList());
    }
}
