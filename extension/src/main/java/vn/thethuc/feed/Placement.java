package vn.thethuc.feed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.Paragraph;
import vn.thethuc.plan.Block;
import vn.thethuc.plan.Style;
import vn.thethuc.plan.Zone;
import vn.thethuc.recognize.Heading;
import vn.thethuc.recognize.Structure;

/**
 * Where tasks added to a plan that already has some of them go: each after the tasks of its parent
 * section already in the plan; a section not yet there becomes the next numbered heading at the end of
 * the plan's tasks part (NHIỆM VỤ / NỘI DUNG); the reports they ask for go to the end of TỔ CHỨC THỰC
 * HIỆN, before its closing sentence. A plan without a tasks part gets them at the user's cursor.
 */
public final class Placement {
    /** {@code blocks} go in after paragraph {@code after} of the document; {@link #AT_CURSOR}: at the cursor. */
    public record Insertion(int after, List<Block> blocks) {
    }

    public static final int AT_CURSOR = -1;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Placement() {
    }

    /**
     * In document order; {@code agency} as written in a sentence ("Sở Y tế"), {@code agencyCode} its code in the
     * feed (a section named after another agency becomes "Phối hợp với …", see {@link LinkedPlan#sectionTitle}).
     */
    public static List<Insertion> of(DocumentSnapshot doc, Structure structure, Feed feed, List<Feed.Assignment> fresh,
            String agency, String agencyCode, int daysEarlier) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Heading> romans = structure.headings().stream().filter(h -> h.level() == Heading.Level.ROMAN).toList();
        int bodyEnd = structure.body().stream().mapToInt(Paragraph::index).max().orElse(-1);
        Heading tasksPart = part(doc, romans, "NHIỆM VỤ", "NỘI DUNG");
        if (tasksPart == null || bodyEnd < 0) {
            return List.of(new Insertion(AT_CURSOR, LinkedPlan.tasks(feed, fresh, agency, daysEarlier)));
        }
        Map<String, String> sectionOf = new HashMap<>();
        feed.tasks().forEach(t -> sectionOf.put(Link.mark(t.id()), t.section()));
        // The paragraphs of tasks already in, by section: where that section's tasks end.
        Map<String, Integer> lastOfSection = new HashMap<>();
        Map<Integer, String> markedSection = new TreeMap<>();
        doc.marks().forEach((mark, p) -> {
            String section = sectionOf.get(mark);
            if (section != null) {
                lastOfSection.merge(section, p, Math::max);
                markedSection.put(p, section);
            }
        });
        Heading organisation = part(doc, romans, "TỔ CHỨC THỰC HIỆN");
        // At one place: the tasks that continue a section, then new sections, then reports.
        Map<Integer, List<Block>> continuing = new TreeMap<>();
        Map<Integer, List<Block>> added = new TreeMap<>();
        Map<Integer, List<Block>> reported = new TreeMap<>();
        int tasksEnd = end(tasksPart, romans, bodyEnd);
        int number = structure.headings().stream()
                .filter(h -> h.level() == Heading.Level.ARABIC && h.paragraph() > tasksPart.paragraph()
                        && h.paragraph() <= tasksEnd)
                .mapToInt(h -> Integer.parseInt(h.label().replaceAll("\\D", ""))).max().orElse(0);
        for (Map.Entry<String, List<Feed.Assignment>> section : Feed.bySection(fresh).entrySet()) {
            List<Block> blocks = new ArrayList<>();
            Integer last = lastOfSection.get(section.getKey());
            int after;
            if (last != null) {
                after = endOfTasks(last, section.getKey(), structure.headings(), markedSection, bodyEnd);
            } else {
                after = tasksEnd;
                blocks.add(Block.of(Style.MUC_1, nfc((++number) + ". " + LinkedPlan.sectionTitle(feed, section.getKey(),
                        agencyCode)), Zone.BODY));
            }
            for (Feed.Assignment a : section.getValue()) {
                blocks.add(LinkedPlan.task(a));
                if (organisation == null) {
                    LinkedPlan.reports(feed, List.of(a), agency, daysEarlier)
                            .forEach(r -> blocks.add(Block.of(Style.NOI_DUNG, r, Zone.BODY)));
                }
            }
            (last != null ? continuing : added).computeIfAbsent(after, k -> new ArrayList<>()).addAll(blocks);
        }
        if (organisation != null) {
            List<String> reports = LinkedPlan.reports(feed, fresh, agency, daysEarlier);
            if (!reports.isEmpty()) {
                int end = end(organisation, romans, bodyEnd);
                int after = end;
                for (int p = organisation.paragraph() + 1; p <= end; p++) {
                    if (doc.paragraph(p).text().strip().startsWith("Trên đây")) {
                        after = p - 1;
                        break;
                    }
                }
                List<Block> lines = reported.computeIfAbsent(after, k -> new ArrayList<>());
                reports.forEach(r -> lines.add(Block.of(Style.NOI_DUNG, r, Zone.BODY)));
            }
        }
        Map<Integer, List<Block>> at = new TreeMap<>();
        for (Map<Integer, List<Block>> m : List.of(continuing, added, reported)) {
            m.forEach((after, blocks) -> at.computeIfAbsent(after, k -> new ArrayList<>()).addAll(blocks));
        }
        List<Insertion> out = new ArrayList<>();
        at.forEach((after, blocks) -> out.add(new Insertion(after, List.copyOf(blocks))));
        return List.copyOf(out);
    }

    /**
     * The citation of the parent a plan that lacks it gets (KH.PARENT_CITATION): "Thực hiện Kế hoạch số … của
     * UBND tỉnh về …;" after the type and summary lines, before the plan's own opening; the whole opening
     * ("…, Sở Y tế xây dựng Kế hoạch thực hiện như sau:") when the plan has none before its first part.
     * Empty when the plan cites the parent already.
     */
    public static java.util.Optional<Insertion> citation(DocumentSnapshot doc, Structure structure, Feed feed,
            String agency, Map<String, String> typeCodes) {
        String expected = Citation.reference(feed.plan(), typeCodes);
        int firstPart = structure.headings().stream().filter(h -> h.level() == Heading.Level.ROMAN)
                .mapToInt(Heading::paragraph).min().orElse(Integer.MAX_VALUE);
        List<Paragraph> opening = structure.body().stream().filter(p -> p.index() < firstPart).toList();
        if (opening.stream().anyMatch(p -> nfc(p.text()).contains(expected))) {
            return java.util.Optional.empty();
        }
        int after = structure.trichYeu().stream().mapToInt(Paragraph::index).max()
                .orElse(structure.title().map(Paragraph::index).orElse(AT_CURSOR));
        if (after == AT_CURSOR && !opening.isEmpty()) {
            after = opening.get(0).index() - 1;
        }
        String text = opening.stream().anyMatch(p -> !p.isBlank()) ? "Thực hiện " + expected + ";"
                : Citation.opening(feed.plan(), agency, typeCodes);
        return java.util.Optional.of(new Insertion(after, List.of(Block.of(Style.NOI_DUNG, nfc(text), Zone.BODY))));
    }

    /** The first Roman part whose heading has one of {@code words}. */
    private static Heading part(DocumentSnapshot doc, List<Heading> romans, String... words) {
        for (Heading h : romans) {
            String text = Normalizer.normalize(doc.paragraph(h.paragraph()).text(), Normalizer.Form.NFC).toUpperCase(VI);
            for (String w : words) {
                if (text.contains(w)) {
                    return h;
                }
            }
        }
        return null;
    }

    /** The last paragraph of the part {@code h} opens: before the next Roman heading, or the body's end. */
    private static int end(Heading h, List<Heading> romans, int bodyEnd) {
        return romans.stream().mapToInt(Heading::paragraph).filter(p -> p > h.paragraph()).min()
                .orElse(bodyEnd + 1) - 1;
    }

    /** After the last task of a section, its reports and notes: up to the next numbered heading or another section's task. */
    private static int endOfTasks(int last, String section, List<Heading> headings, Map<Integer, String> markedSection,
            int bodyEnd) {
        int stop = bodyEnd + 1;
        for (Heading h : headings) {
            if (h.paragraph() > last && (h.level() == Heading.Level.ROMAN || h.level() == Heading.Level.ARABIC)) {
                stop = Math.min(stop, h.paragraph());
            }
        }
        for (Map.Entry<Integer, String> m : markedSection.entrySet()) {
            if (m.getKey() > last && !m.getValue().equals(section)) {
                stop = Math.min(stop, m.getKey());
            }
        }
        return stop - 1;
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
