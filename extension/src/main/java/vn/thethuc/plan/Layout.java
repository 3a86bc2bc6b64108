package vn.thethuc.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The standard structure of each document type (Phụ lục III's templates and the seeds), laid out
 * block by block: the one description the insert dialog, the templates and {@code thethuc new} use.
 */
public final class Layout {
    private final List<Block> blocks = new ArrayList<>();

    private Layout() {
    }

    public static List<Block> of(DocType type, Spec spec) {
        Layout l = new Layout();
        l.header(type, spec);
        l.body(type, spec);
        l.closing(type, spec);
        return List.copyOf(l.blocks);
    }

    /** {@code Số:      /KH-SYT} — a blank number stays blank for the văn thư to fill at issue. */
    public static String numberLine(DocType type, Spec spec) {
        String symbol = type == DocType.CV
                ? spec.agencyCode() + (spec.unitCode().isBlank() ? "" : "-" + spec.unitCode())
                : type.code() + "-" + spec.agencyCode();
        return "Số: " + (spec.number().isBlank() ? "      " : pad(spec.number())) + "/" + symbol;
    }

    /** {@code Thái Nguyên, ngày 06 tháng 5 năm 2024}: days below 10 and months 1–2 take a leading zero. */
    public static String dateLine(Spec spec) {
        return dateLine(spec.place(), spec.date());
    }

    public static String dateLine(String place, java.time.LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        return place + ", ngày " + (d < 10 ? "0" + d : d) + " tháng " + (m <= 2 ? "0" + m : m) + " năm "
                + date.getYear();
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private void add(Style style, String text, Zone zone) {
        blocks.add(Block.of(style, Normalizer.normalize(text, Normalizer.Form.NFC), zone));
    }

    private void header(DocType type, Spec spec) {
        if (!spec.parentAgency().isBlank()) {
            add(Style.CO_QUAN_CHU_QUAN, upper(spec.parentAgency()), Zone.HEADER_LEFT);
        }
        add(Style.CO_QUAN, upper(spec.agencyName()), Zone.HEADER_LEFT);
        add(Style.SO_KY_HIEU, numberLine(type, spec), Zone.HEADER_LEFT);
        if (type == DocType.CV) {
            add(Style.TRICH_YEU_CV, "V/v " + lowerFirst(spec.title()), Zone.HEADER_LEFT);
        }
        add(Style.QUOC_HIEU, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Zone.HEADER_RIGHT);
        add(Style.TIEU_NGU, "Độc lập - Tự do - Hạnh phúc", Zone.HEADER_RIGHT);
        add(Style.NGAY_THANG, dateLine(spec), Zone.HEADER_RIGHT);
    }

    private void body(DocType type, Spec spec) {
        type.title().ifPresent(t -> {
            add(Style.TEN_LOAI, t, Zone.BODY);
            add(Style.TRICH_YEU, type == DocType.QD ? "Về việc " + lowerFirst(spec.title()) : spec.title(), Zone.BODY);
        });
        String agency = sentence(spec.agencyName());
        switch (type) {
            case KH -> {
                opening(spec, agency + " xây dựng Kế hoạch thực hiện như sau:");
                section("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nêu mục đích của Kế hoạch.", "2. Yêu cầu",
                        "Nêu yêu cầu đối với các đơn vị khi thực hiện Kế hoạch.");
                section("II. NỘI DUNG THỰC HIỆN", "1. Nhiệm vụ thứ nhất",
                        "Nêu nội dung, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành.");
                section("III. KINH PHÍ THỰC HIỆN",
                        "Từ nguồn ngân sách nhà nước được bố trí trong dự toán hằng năm và các nguồn hợp pháp khác.");
                section("IV. TỔ CHỨC THỰC HIỆN", "Nêu trách nhiệm của từng đơn vị và chế độ báo cáo.");
                add(Style.NOI_DUNG, "Trên đây là Kế hoạch " + lowerFirst(spec.title()) + " của " + agency + "./.",
                        Zone.BODY);
            }
            case CV -> {
                add(Style.KINH_GUI, "Kính gửi: " + first(spec.recipients()) + ".", Zone.BODY);
                add(Style.NOI_DUNG, "Nêu nội dung công văn: lý do, yêu cầu, thời hạn thực hiện.", Zone.BODY);
                add(Style.NOI_DUNG, "Đề nghị Quý cơ quan quan tâm, phối hợp thực hiện./.", Zone.BODY);
            }
            case BC -> {
                opening(spec, agency + " báo cáo kết quả thực hiện như sau:");
                section("I. KẾT QUẢ THỰC HIỆN", "Nêu kết quả đạt được.");
                section("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "Nêu tồn tại, hạn chế và nguyên nhân.");
                section("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "Nêu phương hướng, nhiệm vụ.");
                section("IV. KIẾN NGHỊ, ĐỀ XUẤT", "Nêu kiến nghị, đề xuất./.");
            }
            case QD -> {
                add(Style.THAM_QUYEN, upper(spec.headTitle()) + " " + upper(spec.agencyName()), Zone.BODY);
                List<String> basis = spec.basis().isEmpty() ? List.of("Căn cứ chức năng, nhiệm vụ được giao") : spec.basis();
                for (int i = 0; i < basis.size(); i++) {
                    String b = basis.get(i).startsWith("Căn cứ") ? basis.get(i) : "Căn cứ " + basis.get(i);
                    add(Style.CAN_CU, b + (i == basis.size() - 1 ? "." : ";"), Zone.BODY);
                }
                add(Style.TEN_LOAI, "QUYẾT ĐỊNH:", Zone.BODY);
                add(Style.NOI_DUNG, "Điều 1. Nêu nội dung quyết định.", Zone.BODY);
                add(Style.NOI_DUNG, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", Zone.BODY);
                add(Style.NOI_DUNG, "Điều 3. Nêu các cơ quan, đơn vị, cá nhân chịu trách nhiệm thi hành Quyết định này./.",
                        Zone.BODY);
            }
            case TTR -> {
                add(Style.KINH_GUI, "Kính gửi: " + first(spec.recipients()) + ".", Zone.BODY);
                section("I. SỰ CẦN THIẾT", "Nêu sự cần thiết của đề xuất.");
                section("II. NỘI DUNG ĐỀ XUẤT", "Nêu nội dung đề xuất.");
                add(Style.NOI_DUNG, "Kính trình xem xét, quyết định./.", Zone.BODY);
            }
            case TB -> {
                opening(spec, agency + " thông báo như sau:");
                add(Style.NOI_DUNG, "1. Nêu nội dung thông báo.", Zone.BODY);
                add(Style.NOI_DUNG, "2. Nêu thời hạn, trách nhiệm thực hiện./.", Zone.BODY);
            }
            case HD -> {
                opening(spec, agency + " hướng dẫn thực hiện như sau:");
                section("I. MỤC ĐÍCH, YÊU CẦU", "Nêu mục đích, yêu cầu.");
                section("II. NỘI DUNG HƯỚNG DẪN", "Nêu nội dung hướng dẫn.");
                section("III. TỔ CHỨC THỰC HIỆN", "Nêu trách nhiệm tổ chức thực hiện./.");
            }
            case CTR -> {
                opening(spec, agency + " ban hành Chương trình như sau:");
                section("I. MỤC TIÊU", "Nêu mục tiêu của Chương trình.");
                section("II. NHIỆM VỤ, GIẢI PHÁP", "Nêu nhiệm vụ, giải pháp.");
                section("III. TỔ CHỨC THỰC HIỆN", "Nêu trách nhiệm tổ chức thực hiện./.");
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private void opening(Spec spec, String tail) {
        String basis = spec.basis().isEmpty() ? "" : "Căn cứ " + stripCanCu(spec.basis().get(0)) + ", ";
        add(Style.NOI_DUNG, basis + tail, Zone.BODY);
    }

    private static String stripCanCu(String s) {
        return s.startsWith("Căn cứ ") ? s.substring("Căn cứ ".length()) : s;
    }

    /** A heading followed by its content: "1. …" lines become sub-headings, the rest prose. */
    private void section(String heading, String... content) {
        add(Style.MUC_I, heading, Zone.BODY);
        for (String c : content) {
            add(c.matches("\\d+\\. .*") ? Style.MUC_1 : Style.NOI_DUNG, c, Zone.BODY);
        }
    }

    private void closing(DocType type, Spec spec) {
        add(Style.NOI_NHAN, "Nơi nhận:", Zone.RECIPIENTS);
        List<String> recipients = new ArrayList<>();
        if (type == DocType.CV || type == DocType.TTR) {
            recipients.add("Như trên");
        }
        if (type == DocType.QD) {
            recipients.add("Như Điều 3");
        }
        recipients.addAll(type == DocType.CV || type == DocType.TTR ? spec.recipients().subList(
                Math.min(1, spec.recipients().size()), spec.recipients().size()) : spec.recipients());
        for (String r : recipients) {
            add(Style.NOI_NHAN_DONG, "- " + r + ";", Zone.RECIPIENTS);
        }
        add(Style.NOI_NHAN_DONG, "- Lưu: VT" + (spec.unitCode().isBlank() ? "" : ", " + spec.unitCode()) + ".",
                Zone.RECIPIENTS);
        for (String line : authorityLines(spec)) {
            add(Style.CHUC_VU_KY, line, Zone.SIGNATURE);
        }
        add(Style.HO_TEN_KY, spec.signerName(), Zone.SIGNATURE);
    }

    /** The authority and title lines of Điều 13: {@code KT. GIÁM ĐỐC} / {@code PHÓ GIÁM ĐỐC} and the like. */
    public static List<String> authorityLines(Spec spec) {
        String head = upper(spec.headTitle());
        String signer = upper(spec.signerTitle());
        boolean deputy = signer.startsWith("PHÓ ") || signer.equals("THỨ TRƯỞNG");
        return switch (spec.signerAuthority()) {
            case "TM." -> deputy ? List.of("TM. " + upper(spec.collectiveBody()), "KT. " + head, signer)
                    : List.of("TM. " + upper(spec.collectiveBody()), signer);
            case "KT." -> List.of("KT. " + head, signer);
            case "TL.", "TUQ." -> List.of(spec.signerAuthority() + " " + head, signer);
            case "Q." -> List.of("Q. " + head);
            default -> List.of(signer);
        };
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? "…" : list.get(0);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    /** "SỞ Y TẾ" → "Sở Y tế": the agency as it is written inside a sentence. */
    static String sentence(String agency) {
        String[] words = agency.toLowerCase(Locale.forLanguageTag("vi")).split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean cap = i == 0 || i == 1 && agency.toUpperCase(Locale.forLanguageTag("vi")).equals(agency);
            sb.append(i > 0 ? " " : "").append(cap && !w.isEmpty() ? w.substring(0, 1).toUpperCase(Locale.ROOT)
                    + w.substring(1) : w);
        }
        return sb.toString();
    }
}
