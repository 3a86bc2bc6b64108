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
    private final vn.thethuc.document.DocumentSnapshot doc;

    Findings(RuleInfo rule, List<Finding> out) {
        this(rule, out, null);
    }

    Findings(RuleInfo rule, List<Finding> out, vn.thethuc.document.DocumentSnapshot doc) {
        this.rule = rule;
        this.out = out;
        this.doc = doc;
    }

    /** A finding about the document as a whole. Message key: {@code rule.<ID>.<variant>}. */
    public void document(String variant, Object... args) {
        add(-1, "", variant, List.of(), rule.severity(), args);
    }

    public void at(Paragraph p, String variant, Object... args) {
        add(p.index(), p.trimmed(), variant, List.of(), rule.severity(), args);
    }

    public void fixable(Paragraph p, List<Fix> fixes, String variant, Object... args) {
        // a part of a paragraph (one column of a line typed without a table): a fix would touch the other column too
        boolean part = doc != null && p.index() >= 0 && p.index() < doc.paragraphs().size()
                && !doc.paragraph(p.index()).text().equals(p.text());
        add(p.index(), p.trimmed(), variant, part ? List.of() : fixes, rule.severity(), args);
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
