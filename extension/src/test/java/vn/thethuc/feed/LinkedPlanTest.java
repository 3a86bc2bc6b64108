package vn.thethuc.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thethuc.plan.Block;
import vn.thethuc.plan.Snapshots;
import vn.thethuc.plan.Spec;
import vn.thethuc.rules.CheckMode;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.rules.Report;
import vn.thethuc.profile.Severity;

/** Sở Y tế's plan implementing UBND tỉnh Thái Nguyên's Kế hoạch 59/KH-UBND, and the three rules that watch the link. */
class LinkedPlanTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Link link() throws Exception {
        return new Link(FeedReader.read(FeedReaderTest.sample()), "SYT");
    }

    static List<Block> plan(Link link) {
        return LinkedPlan.of(link, Spec.sample(TODAY), Nd30Profile.standard().typeCodes(), 5);
    }

    /**
     * Warnings and errors, but those in the parent's own wording of a task (copied as it is) and the
     * placeholders left for the drafter (the plan's own requirements: {@link #onlyTheRequirementsAreLeftToWrite}).
     */
    static List<String> problems(List<Block> blocks, Link link) {
        var snapshot = Snapshots.asRead(blocks);
        Report r = FeedRules.checker().check(snapshot, CheckMode.DRAFT, Set.of(), TODAY, Map.of(Link.class, link));
        Set<Integer> parentsWording = Set.copyOf(snapshot.marks().values());
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .filter(f -> !f.rule().equals("ND30.TEXT.PLACEHOLDER"))
                .filter(f -> !parentsWording.contains(f.paragraph())).map(f -> f.rule() + (f.rule().startsWith("ND30")
                        ? " " + snapshot.paragraph(f.paragraph()).text() : "")).toList();
    }

    @Test
    void thePlanCitesTheParentTakesEveryTaskAndPassesTheCheck() throws Exception {
        Link link = link();
        List<Block> blocks = plan(link);
        assertTrue(blocks.stream().anyMatch(b -> b.text().startsWith(
                "Thực hiện Kế hoạch số 59/KH-UBND ngày 13/4/2023 của UBND tỉnh về triển khai công tác bình đẳng giới")));
        int tasks = link.feed().concerning("SYT").size();
        assertEquals(tasks, blocks.stream().filter(b -> b.mark() != null).count(), "one bookmarked paragraph per task");
        assertTrue(blocks.stream().anyMatch(b -> b.text().equals("- Báo cáo năm 2023: các phòng, đơn vị báo cáo trước "
                + "ngày 05/11/2023; Sở Y tế tổng hợp, báo cáo Sở Lao động - Thương binh và Xã hội trước ngày 10/11/2023.")),
                "the report five days earlier for the units");
        assertEquals(List.of(), problems(blocks, link));
    }

    /** What the parent cannot give — the agency's own requirements — is left as a placeholder, and only that. */
    @Test
    void onlyTheRequirementsAreLeftToWrite() throws Exception {
        Link link = link();
        var snapshot = Snapshots.asRead(plan(link));
        Report r = FeedRules.checker().check(snapshot, CheckMode.DRAFT, Set.of(), TODAY, Map.of(Link.class, link));
        assertEquals(List.of("Nêu yêu cầu đối với các đơn vị khi thực hiện Kế hoạch."), r.findings().stream()
                .filter(f -> f.rule().equals("ND30.TEXT.PLACEHOLDER")).map(f -> snapshot.paragraph(f.paragraph()).text())
                .toList());
    }

    @Test
    void aMissingTaskAWrongCitationAndALateDeadlineAreFound() throws Exception {
        Link link = link();
        List<Block> blocks = new ArrayList<>(plan(link));
        blocks.removeIf(b -> "VB_NV_II.9.5".equals(b.mark()));
        assertEquals(List.of("KH.COVERAGE"), problems(blocks, link));

        List<Block> cited = new ArrayList<>(plan(link));
        cited.replaceAll(b -> b.text().startsWith("Thực hiện Kế hoạch số 59/KH-UBND ngày 13/4/2023 của UBND tỉnh về")
                ? new Block(b.style(), b.text().replace("13/4/2023", "14/4/2023"), b.zone()) : b);
        assertTrue(problems(cited, link).contains("KH.PARENT_CITATION"), problems(cited, link).toString());

        List<Block> late = new ArrayList<>(plan(link));
        late.replaceAll(b -> b.text().startsWith("- Báo cáo năm 2023:")
                ? new Block(b.style(), "- Báo cáo năm 2023: các phòng, đơn vị báo cáo trước ngày 15/11/2023.", b.zone()) : b);
        assertEquals(List.of("KH.DEADLINES"), problems(late, link));
    }

    @Test
    void withoutALinkTheThreeRulesStayQuiet() throws Exception {
        Report r = FeedRules.checker().check(Snapshots.asRead(plan(link())), CheckMode.DRAFT, Set.of(), TODAY, Map.of());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().startsWith("KH.PARENT") || f.rule().equals("KH.COVERAGE")));
    }

    @Test
    void aTaskMarkedNotApplicableWithAReasonIsCovered() throws Exception {
        Link plain = link();
        List<Block> blocks = new ArrayList<>(plan(plain));
        blocks.removeIf(b -> "VB_NV_II.9.5".equals(b.mark()));
        Link withReason = new Link(plain.feed(), "SYT", Map.of("II.9.5", "Không thuộc chức năng của Sở Y tế."));
        assertEquals(List.of(), problems(blocks, withReason));
        Link withoutReason = new Link(plain.feed(), "SYT", Map.of("II.9.5", " "));
        var snapshot = Snapshots.asRead(blocks);
        Report r = FeedRules.checker().check(snapshot, CheckMode.DRAFT, Set.of(), TODAY, Map.of(Link.class, withoutReason));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("KH.COVERAGE") && f.messageKey().endsWith("noReason")),
                r.findings().toString());
        assertEquals(Map.of("II.9.5", "Không thuộc"), Link.reasons(Link.json(Map.of("II.9.5", "Không thuộc"))));
        assertEquals(Map.of(), Link.reasons("{not json"));
    }

    @Test
    void tasksAddedLaterGoUnderTheirSectionAndTheReportsIntoTổChứcThựcHiện() throws Exception {
        Link link = link();
        List<Feed.Assignment> all = link.feed().concerning("SYT");
        // The plan took the first task of a section with several, and of the first section.
        var sections = new ArrayList<>(Feed.bySection(all).values());
        var several = sections.stream().filter(l -> l.size() > 1).skip(1).findFirst().orElseThrow();
        Set<Feed.Task> first = Set.of(sections.get(0).get(0).task(), several.get(0).task());
        List<Block> blocks = new ArrayList<>(LinkedPlan.of(link, Spec.sample(TODAY), Nd30Profile.standard().typeCodes(), 5,
                first::contains));
        var snapshot = Snapshots.asRead(blocks);
        var structure = new vn.thethuc.recognize.Recognizer(Nd30Profile.standard()).recognize(snapshot);
        List<Feed.Assignment> fresh = all.stream().filter(a -> !first.contains(a.task())).toList();
        List<Placement.Insertion> places = Placement.of(snapshot, structure, link.feed(), fresh, "Sở Y tế", "SYT", 5);
        for (int i = places.size() - 1; i >= 0; i--) {
            assertTrue(places.get(i).after() >= 0);
            blocks.addAll(places.get(i).after() + 1, places.get(i).blocks());
        }
        assertEquals(List.of(), problems(blocks, link));
        List<String> texts = blocks.stream().map(Block::text).toList();
        // Each section's tasks follow its heading, in the parent's order, numbered 1., 2., 3. …
        String second = several.get(1).task().text();
        String title = LinkedPlan.sectionTitle(link.feed(), several.get(0).task().section(), "SYT");
        int heading = texts.indexOf(texts.stream().filter(t -> t.matches("^\\d+\\. .*") && t.replaceFirst("^\\d+\\. ", "").equals(title)).findFirst().orElseThrow());
        int next = texts.indexOf(texts.stream().skip(heading + 1).filter(t -> t.matches("^(\\d+|[IVX]+)\\. .*"))
                .findFirst().orElseThrow());
        int at = texts.indexOf(texts.stream().filter(t -> t.startsWith("- " + second)).findFirst().orElseThrow());
        assertTrue(heading < at && at < next, heading + " < " + at + " < " + next);
        int organisation = texts.indexOf("IV. TỔ CHỨC THỰC HIỆN");
        int report = texts.indexOf(texts.stream().filter(t -> t.startsWith("- Báo cáo năm 2023:")).findFirst().orElseThrow());
        int closing = texts.indexOf(texts.stream().filter(t -> t.startsWith("Trên đây")).findFirst().orElseThrow());
        assertTrue(organisation < report && report < closing, organisation + " < " + report + " < " + closing);
        assertEquals(Feed.bySection(all).size(), texts.stream().filter(t -> t.matches("^\\d+\\. .*")).count()
                - 2, "one numbered heading per section (and Mục đích, Yêu cầu)");
    }

    @Test
    void headingsOfTheParentBecomeSubheadings() {
        assertEquals("Triển khai các nhiệm vụ thường xuyên", LinkedPlan.sectionTitle(
                "II. NỘI DUNG THỰC HIỆN / 9. Triển khai các nhiệm vụ thường xuyên"));
        assertEquals("Tổ chức thực hiện", LinkedPlan.sectionTitle("IV. TỔ CHỨC THỰC HIỆN"));
    }

    /**
     * #22: a plan of Sở Giáo dục và Đào tạo from the province's feed, its settings never filled in (the sample
     * agency): written for the agency chosen, its deadlines naming it, its headings never another agency's name
     * but where it supports one ("Phối hợp với …").
     */
    @Test
    void thePlanOfTheAgencyChosenIsWrittenForItWhateverTheSettingsSay() throws Exception {
        Link link = new Link(link().feed(), "SGDDT");
        Spec spec = LinkedPlan.specFor(Spec.sample(TODAY), link.feed(), "SGDDT");
        assertEquals("SỞ GIÁO DỤC VÀ ĐÀO TẠO", spec.agencyName());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", spec.parentAgency());
        List<Block> blocks = LinkedPlan.of(link, spec, Nd30Profile.standard().typeCodes(), 5);
        List<String> texts = blocks.stream().map(Block::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.contains("Sở Y tế") || t.contains("SỞ Y TẾ")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Thực hiện Kế hoạch số 59/KH-UBND") && t.contains(
                "Sở Giáo dục và Đào tạo xây dựng Kế hoạch")), texts.toString());
        List<String> headings = blocks.stream().filter(b -> b.style() == vn.thethuc.plan.Style.MUC_1).map(Block::text)
                .map(t -> t.replaceFirst("^\\d+\\. ", "")).toList();
        for (Feed.Agency a : link.feed().agencies()) {
            assertTrue(headings.stream().noneMatch(h -> h.equalsIgnoreCase(a.name())), a.name() + " in " + headings);
        }
        assertTrue(headings.contains("Thực hiện nhiệm vụ được giao tại phần Tổ chức thực hiện"), headings.toString());
        assertTrue(headings.contains("Thực hiện nhiệm vụ giao cho các sở, ban, ngành, đoàn thể"), headings.toString());
        assertTrue(headings.stream().anyMatch(h -> h.startsWith("Phối hợp với Sở Lao động")), headings.toString());
        assertTrue(texts.stream().filter(t -> t.startsWith("- Báo cáo")).allMatch(t -> t.contains("Sở Giáo dục và Đào tạo tổng hợp")),
                texts.toString());
        assertEquals(List.of(), problems(blocks, link));
        assertEquals(spec, LinkedPlan.specFor(spec, link.feed(), "SGDDT"), "the settings of the agency itself are kept");
    }

    /** A plan begun from the template, then given the parent's tasks: the citation of the parent goes in too. */
    @Test
    void aPlanThatDoesNotCiteTheParentGetsTheCitation() throws Exception {
        Link link = link();
        List<Block> blocks = new ArrayList<>(vn.thethuc.plan.Layout.of(vn.thethuc.plan.DocType.KH, Spec.sample(TODAY)));
        var snapshot = Snapshots.asRead(blocks);
        var structure = new vn.thethuc.recognize.Recognizer(Nd30Profile.standard()).recognize(snapshot);
        Placement.Insertion citation = Placement.citation(snapshot, structure, link.feed(), "Sở Y tế",
                Nd30Profile.standard().typeCodes()).orElseThrow();
        assertEquals(structure.trichYeu().get(structure.trichYeu().size() - 1).index(), citation.after());
        blocks.addAll(citation.after() + 1, citation.blocks());
        assertTrue(citation.blocks().get(0).text().startsWith("Thực hiện Kế hoạch số 59/KH-UBND ngày 13/4/2023 của UBND tỉnh"));
        var cited = Snapshots.asRead(blocks);
        Report r = FeedRules.checker().check(cited, CheckMode.DRAFT, Set.of(), TODAY, Map.of(Link.class, link));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("KH.PARENT_CITATION")), r.findings().toString());
        var again = new vn.thethuc.recognize.Recognizer(Nd30Profile.standard()).recognize(cited);
        assertTrue(Placement.citation(cited, again, link.feed(), "Sở Y tế", Nd30Profile.standard().typeCodes()).isEmpty(),
                "cited once");
    }
}
