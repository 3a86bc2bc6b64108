package vn.thethuc.feed;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thethuc.plan.Block;
import vn.thethuc.plan.DocType;
import vn.thethuc.plan.Layout;
import vn.thethuc.plan.Spec;
import vn.thethuc.plan.Style;
import vn.thethuc.plan.Zone;

/**
 * A Kế hoạch that implements its parent plan: the opening cites the parent exactly, every task that
 * concerns the agency is taken over under the parent's sections (each paragraph bookmarked with its
 * task id), and the reports the parent expects come with deadlines a few days earlier for the units.
 */
public final class LinkedPlan {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private LinkedPlan() {
    }

    /** {@code daysEarlier}: how much sooner than the parent's deadline the agency's own units report. */
    public static List<Block> of(Link link, Spec spec, Map<String, String> typeCodes, int daysEarlier) {
        return of(link, spec, typeCodes, daysEarlier, t -> true);
    }

    /** The plan with only the tasks {@code chosen} keeps (the user's choice in the dialog). */
    public static List<Block> of(Link link, Spec spec, Map<String, String> typeCodes, int daysEarlier,
            java.util.function.Predicate<Feed.Task> chosen) {
        Feed feed = link.feed();
        Feed.Plan parent = feed.plan();
        String agency = Layout.sentence(spec.agencyName());
        List<Block> out = new ArrayList<>(Layout.headerOf(DocType.KH, spec));
        body(out, Style.TEN_LOAI, "KẾ HOẠCH");
        String title = "Thực hiện " + Citation.reference(parent, typeCodes);
        body(out, Style.TRICH_YEU, title);
        body(out, Style.NOI_DUNG, Citation.opening(parent, agency, typeCodes));
        body(out, Style.MUC_I, "I. MỤC ĐÍCH, YÊU CẦU");
        body(out, Style.MUC_1, "1. Mục đích");
        body(out, Style.NOI_DUNG, "Triển khai thực hiện đầy đủ, hiệu quả các nhiệm vụ " + parent.issuer().shortName()
                + " giao tại " + Citation.typeName(parent.kind(), typeCodes).toLowerCase(VI) + " nêu trên.");
        body(out, Style.MUC_1, "2. Yêu cầu");
        body(out, Style.NOI_DUNG, "Nêu yêu cầu đối với các đơn vị khi thực hiện Kế hoạch.");
        body(out, Style.MUC_I, "II. NHIỆM VỤ, GIẢI PHÁP");
        List<Feed.Assignment> tasks = feed.concerning(link.agencyCode()).stream().filter(a -> chosen.test(a.task()))
                .toList();
        int n = 0;
        for (Map.Entry<String, List<Feed.Assignment>> section : Feed.bySection(tasks).entrySet()) {
            body(out, Style.MUC_1, (++n) + ". " + sectionTitle(feed, section.getKey(), link.agencyCode()));
            for (Feed.Assignment a : section.getValue()) {
                out.add(task(a));
            }
        }
        body(out, Style.MUC_I, "III. KINH PHÍ THỰC HIỆN");
        body(out, Style.NOI_DUNG, "Từ nguồn ngân sách nhà nước được bố trí trong dự toán hằng năm và các nguồn hợp pháp khác.");
        body(out, Style.MUC_I, "IV. TỔ CHỨC THỰC HIỆN");
        body(out, Style.NOI_DUNG, "Các phòng, đơn vị thuộc " + agency
                + " căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện các nội dung của Kế hoạch.");
        List<String> reports = reports(feed, tasks, agency, daysEarlier);
        if (!reports.isEmpty()) {
            body(out, Style.NOI_DUNG, "Chế độ báo cáo:");
            for (String r : reports) {
                out.add(new Block(Style.NOI_DUNG, r, Zone.BODY));
            }
        }
        body(out, Style.NOI_DUNG, "Trên đây là Kế hoạch " + lowerFirst(title) + " của " + agency + "./.");
        Spec closing = new Spec(spec.parentAgency(), spec.agencyName(), spec.agencyCode(), spec.unitCode(),
                spec.place(), spec.date(), spec.number(), spec.title(), spec.signerAuthority(), spec.headTitle(),
                spec.signerTitle(), spec.signerName(), spec.collectiveBody(),
                withParent(spec.recipients(), parent.issuer().shortName()), spec.basis());
        out.addAll(Layout.closingOf(DocType.KH, closing));
        return List.copyOf(out);
    }

    /**
     * The spec of the plan an agency writes from {@code feed}: {@code spec} (the settings) when it names that
     * agency; else the agency as the feed names it, with its code, the parent's issuer as the managing agency and
     * the parent's place — the settings of another agency (or the sample of settings never filled in) never
     * write the plan of the agency chosen.
     */
    public static Spec specFor(Spec spec, Feed feed, String agencyCode) {
        Optional<Feed.Agency> chosen = feed.agency(agencyCode).filter(a -> !a.isGroup());
        if (chosen.isEmpty() || nfc(Layout.sentence(spec.agencyName())).equalsIgnoreCase(nfc(chosen.get().name()))) {
            return spec;
        }
        Feed.Plan parent = feed.plan();
        String place = parent.place() == null || parent.place().isBlank() ? spec.place() : parent.place();
        return new Spec(parent.issuer().name().toUpperCase(VI), chosen.get().name().toUpperCase(VI), agencyCode,
                spec.unitCode(), place, spec.date(), spec.number(), spec.title(), spec.signerAuthority(),
                spec.headTitle(), spec.signerTitle(), spec.signerName(), spec.collectiveBody(), spec.recipients(),
                spec.basis());
    }

    /**
     * Tasks taken into a plan that has them in part: each as a bookmarked "- …" paragraph, followed by
     * the deadlines of the reports it asks for ({@code agency} as written in a sentence).
     */
    public static List<Block> tasks(Feed feed, List<Feed.Assignment> assignments, String agency, int daysEarlier) {
        List<Block> out = new ArrayList<>();
        for (Feed.Assignment a : assignments) {
            out.add(task(a));
            for (String r : reports(feed, List.of(a), agency, daysEarlier)) {
                out.add(new Block(Style.NOI_DUNG, r, Zone.BODY));
            }
        }
        return out;
    }

    /** A task as the plan takes it over: "- …", bookmarked with its id; "(phối hợp)" where the agency supports. */
    static Block task(Feed.Assignment a) {
        String text = "- " + a.task().text() + (a.role() == Feed.Role.SUPPORT ? " (phối hợp)" : "");
        // feed text stays plain text: never a placeholder, a field or markup
        return new Block(Style.NOI_DUNG, nfc(text), Zone.BODY).marked(Link.mark(a.task().id()));
    }

    /** "- Báo cáo năm 2023: các phòng, đơn vị gửi Văn phòng trước ngày 05/11/2023; Sở Y tế tổng hợp, báo cáo … trước ngày 10/11/2023." */
    static List<String> reports(Feed feed, List<Feed.Assignment> tasks, String agency, int daysEarlier) {
        List<String> out = new ArrayList<>();
        for (Feed.Assignment a : tasks) {
            for (Feed.Report r : a.task().reports()) {
                LocalDate ours = r.due().minusDays(daysEarlier);
                String to = r.to() == null ? feed.plan().issuer().shortName()
                        : feed.agency(r.to()).map(Feed.Agency::name).orElse(r.to());
                out.add(nfc("- " + r.name() + ": các phòng, đơn vị báo cáo trước ngày " + Citation.shortDate(ours) + "; "
                        + agency + " tổng hợp, báo cáo " + to + " trước ngày " + Citation.shortDate(r.due()) + "."));
            }
        }
        return out;
    }

    /** "II. NỘI DUNG THỰC HIỆN / 9. Triển khai …" → "Triển khai …" (the innermost heading, without its number). */
    static String sectionTitle(String path) {
        String[] parts = path.split(" / ");
        return sentenceCase(parts[parts.length - 1].replaceFirst("^([IVXLC]+|\\d+|[a-zđ])[.)]\\s*", ""), path);
    }

    /**
     * The heading a section of the parent takes in the agency's plan. A section of the parent named after an
     * agency — its duties in "Tổ chức thực hiện" ("4. Sở Giáo dục và Đào tạo", "11. Các sở, ban, ngành") — is
     * not a heading for another agency's plan: the agency's own duties become "Thực hiện nhiệm vụ được giao tại
     * phần Tổ chức thực hiện", its group's "Thực hiện nhiệm vụ giao cho các sở, ban, ngành, đoàn thể", another
     * agency's it supports "Phối hợp với Sở Lao động - Thương binh và Xã hội".
     */
    public static String sectionTitle(Feed feed, String path, String agencyCode) {
        String[] parts = path.split(" / ");
        String inner = parts[parts.length - 1].replaceFirst("^([IVXLC]+|\\d+|[a-zđ])[.)]\\s*", "").strip();
        Optional<Feed.Agency> named = feed.agencies().stream()
                .filter(a -> Normalizer.normalize(a.name(), Normalizer.Form.NFC).toLowerCase(VI).equals(nfc(inner).toLowerCase(VI)))
                .findFirst();
        if (named.isEmpty()) {
            return sectionTitle(path);
        }
        Feed.Agency a = named.get();
        if (a.code().equals(agencyCode)) {
            String part = parts.length > 1 ? sentenceCase(parts[0].replaceFirst("^([IVXLC]+|\\d+)[.)]\\s*", ""), parts[0])
                    : "";
            return part.isEmpty() ? "Thực hiện nhiệm vụ được giao" : "Thực hiện nhiệm vụ được giao tại phần " + part;
        }
        if (a.isGroup() && a.members().contains(agencyCode)) {
            String name = a.name().startsWith("Các ") ? "các " + a.name().substring(4) : a.name();
            return "Thực hiện nhiệm vụ giao cho " + name;
        }
        return "Phối hợp với " + a.name();
    }

    /** "TỔ CHỨC THỰC HIỆN" → "Tổ chức thực hiện"; a heading already in mixed case is kept. */
    private static String sentenceCase(String last, String fallback) {
        String lower = last.toUpperCase(VI).equals(last) ? last.toLowerCase(VI) : last;
        return lower.isEmpty() ? fallback : lower.substring(0, 1).toUpperCase(VI) + lower.substring(1);
    }

    private static List<String> withParent(List<String> recipients, String parent) {
        List<String> out = new ArrayList<>();
        out.add(parent + " (b/c)");
        recipients.stream().filter(r -> !r.startsWith(parent)).forEach(out::add);
        return out;
    }

    private static void body(List<Block> out, Style style, String text) {
        out.add(Block.of(style, nfc(text), Zone.BODY));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
