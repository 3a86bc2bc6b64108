package vn.thethuc.rules;

import vn.thethuc.profile.Nd30Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.recognize.Recognizer;
import vn.thethuc.recognize.Structure;

/** Recognises the document's parts, then runs every enabled rule on the snapshot. Never changes anything. */
public final class Checker {
    private final Nd30Profile profile;
    private final List<Rule> rules;

    public Checker(Nd30Profile profile, List<Rule> rules) {
        this.profile = profile;
        this.rules = List.copyOf(rules);
    }

    public static Checker standard() {
        return new Checker(Nd30Profile.standard(), Catalog.all());
    }

    public Report check(DocumentSnapshot doc, CheckMode mode, Set<String> disabled, LocalDate today,
            Map<Class<?>, Object> inputs) {
        return check(doc, mode, disabled, today, inputs, null);
    }

    /** As {@link #check}, telling {@code nanos} (when not null) the time recognition and each rule took. */
    public Report check(DocumentSnapshot doc, CheckMode mode, Set<String> disabled, LocalDate today,
            Map<Class<?>, Object> inputs, Map<String, Long> nanos) {
        long start = System.nanoTime();
        Structure structure = new Recognizer(profile).recognize(doc);
        if (nanos != null) {
            nanos.put("recognition", System.nanoTime() - start);
        }
        CheckContext ctx = new CheckContext(doc, structure, profile, mode, today, inputs);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (disabled.contains(rule.id()) || (rule.needs() != null && !inputs.containsKey(rule.needs()))) {
                continue;
            }
            vn.thethuc.profile.RuleInfo info = profile.rule(rule.id());
            Findings findings = new Findings(mode == CheckMode.ISSUE ? info.issuing() : info, new ArrayList<>(), doc);
            long t = System.nanoTime();
            rule.check(ctx, findings);
            if (nanos != null) {
                nanos.merge(rule.id(), System.nanoTime() - t, Long::sum);
            }
            for (Finding f : findings.all()) {
                out.add(f.in(vn.thethuc.recognize.Part.of(structure, f.paragraph(), f.rule())));
            }
        }
        // Grouped by severity (errors first), then in document order.
        out.sort(Comparator.comparing(Finding::severity).thenComparingInt(Finding::paragraph));
        return new Report(structure.typeCode(), mode, out);
    }

    public Report check(DocumentSnapshot doc, CheckMode mode) {
        return check(doc, mode, Set.of(), vn.thethuc.document.VietnamTime.today(), Map.of());
    }
}
