package vn.thethuc.rules;

import vn.thethuc.profile.RuleInfo;
import vn.thethuc.profile.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.thethuc.document.Paragraph;

/** Collects the findings of one rule, stamping each with the rule's id, severity and clause. */
public final class Findings {
    private final RuleInfo rule;
    private final List<Finding> out;

    Findings(RuleInfo rule, List<Finding> out) {
        this.rule = rule;
        this.out = out;
    }

    /** A finding about the document as a whole. Message key: {@code rule.<ID>.<variant>}. */
    public void document(String variant, Object... args) {
        add(-1, "", variant, List.of(), rule.severity(), args);
    }

    public void at(Paragraph p, String variant, Object... args) {
        add(p.index(), p.trimmed(), variant, List.of(), rule.severity(), args);
    }

    public void fixable(Paragraph p, List<Fix> fixes, String variant, Object... args) {
        add(p.index(), p.trimmed(), variant, fixes, rule.severity(), args);
    }

    public void fixableDocument(List<Fix> fixes, String variant, Object... args) {
        add(-1, "", variant, fixes, rule.severity(), args);
    }

    /** Advice below the rule's severity ("report at the severity given, never higher"). */
    public void advice(Paragraph p, String variant, Object... args) {
        add(p == null ? -1 : p.index(), p == null ? "" : p.trimmed(), variant, List.of(), Severity.INFO, args);
    }

    private void add(int paragraph, String text, String variant, List<Fix> fixes, Severity severity, Object... args) {
        out.add(new Finding(rule.id(), severity, rule.clause(), "rule." + rule.id() + "." + variant,
                Arrays.asList(args), paragraph, text, fixes));
    }

    List<Finding> all() {
        return new ArrayList<>(out);
    }
}
