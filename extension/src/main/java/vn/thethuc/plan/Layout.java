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
    private final List<String> sections = new ArrayList<>();
    private final java.util.Set<String> omitted;
    private int numbered;

    private Layout(java.util.Set<String> omitted) {
        this.omitted = omitted;
    }

    public static List<Block> of(DocType type, Spec spec) {
        return of(type, spec, java.util.Set.of());
    }

    /** The layout without the numbered parts named in {@code omitted} (titles as {@link #sections} gives them). */
    public static List<Block> of(DocType type, Spec spec, java.util.Set<String> omitted) {
        Layout l = new Layout(omitted);
        l.header(type, spec);
        l.body(type, spec);
        l.closing(type, spec);
        return List.copyOf(l.blocks);
    }

    /** The title a part inserted on its own starts with, for the official to overwrite. */
    public static final String NEW_PART_TITLE = "TÊN PHẦN";

    /** One more numbered part at the cursor, numbered {@code number} (I = 1): its heading and a guidance line. */
    public static List<Block> part(int number, String title) {
        Layout l = new Layout(java.util.Set.of());
        l.numbered = number - 1;
        l.section(title, "Nêu nội dung của phần này.");
        return List.copyOf(l.blocks);
    }

    /** The header: agency, number, Quốc hiệu, Tiêu ngữ, place and date (and V/v for a công văn). */
    public static List<Block> headerOf(DocType type, Spec spec) {
        Layout l = new Layout(java.util.Set.of());
        l.header(type, spec);
        return List.copyOf(l.blocks);
    }

    /** Nơi nhận (zone RECIPIENTS) and the signature block (zone SIGNATURE) of a document of {@code type}. */
    public static List<Block> closingOf(DocType type, Spec spec) {
        Layout l = new Layout(java.util.Set.of());
        l.closing(type, spec);
        return List.copyOf(l.blocks);
    }

    /** The titles of the numbered parts a type has, in order, without their numbers: what the dialog offers to leave out. */
    public static List<String> sections(DocType type) {
        Layout l = new Layout(java.util.Set.of());
        l.body(type, Spec.sample(java.time.LocalDate.of(2000, 1, 1)));
        return List.copyOf(l.sections);
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

    /** The header's left column, a share of the text's width (the insert builds the table with it). */
    public static final int HEADER_SPLIT = 4000;
    /**
     * What that column holds of a line, in mm: A4 less NĐ30's margins of the page style (30 and 15 mm),
     * times the share, less the cell's inner distances (Writer's 1 mm each side).
     */
    static final double HEADER_COLUMN_MM = (210 - 30 - 15) * HEADER_SPLIT / 10000.0 - 2;

    private void header(DocType type, Spec spec) {
        if (!spec.parentAgency().isBlank()) {
            for (String line : AgencyName.headerLines(upper(spec.parentAgency()), HEADER_COLUMN_MM,
                    Style.CO_QUAN_CHU_QUAN.size(), Style.CO_QUAN_CHU_QUAN.bold())) {
                add(Style.CO_QUAN_CHU_QUAN, line, Zone.HEADER_LEFT);
            }
        }
        for (String line : AgencyName.headerLines(upper(spec.agencyName()), HEADER_COLUMN_MM, Style.CO_QUAN.size())) {
            add(Style.CO_QUAN, line, Zone.HEADER_LEFT);
        }
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
                section("MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nêu mục đích của Kế hoạch.", "2. Yêu cầu",
                        "Nêu yêu cầu đối với các đơn vị khi thực hiện Kế hoạch.");
                section("NỘI DUNG THỰC HIỆN", "1. Nhiệm vụ thứ nhất",
                        "Nêu nội dung, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành.");
                section("KINH PHÍ THỰC HIỆN",
                        "Từ nguồn ngân sách nhà nước được bố trí trong dự toán hằng năm và các nguồn hợp pháp khác.");
                section("TỔ CHỨC THỰC HIỆN", "Nêu trách nhiệm của từng đơn vị và chế độ báo cáo.");
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
                section("KẾT QUẢ THỰC HIỆN", "Nêu kết quả đạt được.");
                section("TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "Nêu tồn tại, hạn chế và nguyên nhân.");
                section("PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "Nêu phương hướng, nhiệm vụ.");
                section("KIẾN NGHỊ, ĐỀ XUẤT", "Nêu kiến nghị, đề xuất.");
                closeMark();
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
                section("SỰ CẦN THIẾT", "Nêu sự cần thiết của đề xuất.");
                section("NỘI DUNG ĐỀ XUẤT", "Nêu nội dung đề xuất.");
                add(Style.NOI_DUNG, "Kính trình xem xét, quyết định./.", Zone.BODY);
            }
            case TB -> {
                opening(spec, agency + " thông báo như sau:");
                add(Style.NOI_DUNG, "1. Nêu nội dung thông báo.", Zone.BODY);
                add(Style.NOI_DUNG, "2. Nêu thời hạn, trách nhiệm thực hiện./.", Zone.BODY);
            }
            case HD -> {
                opening(spec, agency + " hướng dẫn thực hiện như sau:");
                section("MỤC ĐÍCH, YÊU CẦU", "Nêu mục đích, yêu cầu.");
                section("NỘI DUNG HƯỚNG DẪN", "Nêu nội dung hướng dẫn.");
                section("TỔ CHỨC THỰC HIỆN", "Nêu trách nhiệm tổ chức thực hiện.");
                closeMark();
            }
            case CTR -> {
                opening(spec, agency + " ban hành Chương trình như sau:");
                section("MỤC TIÊU", "Nêu mục tiêu của Chương trình.");
                section("NHIỆM VỤ, GIẢI PHÁP", "Nêu nhiệm vụ, giải pháp.");
                section("TỔ CHỨC THỰC HIỆN", "Nêu trách nhiệm tổ chức thực hiện.");
                closeMark();
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

    /**
     * A numbered part (I., II. … in the order kept) followed by its content: "1. …" lines become
     * sub-headings, the rest prose. A part the caller left out is skipped and the numbering closes up.
     */
    private void section(String title, String... content) {
        sections.add(title);
        if (omitted.contains(title)) {
            return;
        }
        add(Style.MUC_I, vn.thethuc.recognize.Roman.of(++numbered) + ". " + title, Zone.BODY);
        for (String c : content) {
            add(c.matches("\\d+\\. .*") ? Style.MUC_1 : Style.NOI_DUNG, c, Zone.BODY);
        }
    }

    /** The closing mark "./." after the last sentence of the body (Phụ lục I, II.6). */
    private void closeMark() {
        Block last = blocks.remove(blocks.size() - 1);
        String t = last.text();
        blocks.add(Block.of(last.style(), t.endsWith(".") ? t + "/." : t + "./.", last.zone()));
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

    /** "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo": the agency as it is written inside a sentence. */
    public static String sentence(String agency) {
        return AgencyName.inSentence(agency);
    }
}
