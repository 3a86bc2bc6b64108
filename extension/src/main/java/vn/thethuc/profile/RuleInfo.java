package vn.thethuc.profile;

/**
 * A rule's data: its stable id, severity and the clause of NĐ30 it enforces; {@code issueSeverity}, when not
 * null, the severity it has in issue mode instead (a placeholder left in a draft is a warning, in a document
 * being issued an error that stops the signing).
 */
public record RuleInfo(String id, Severity severity, String clause, Severity issueSeverity) {
    public RuleInfo(String id, Severity severity, String clause) {
        this(id, severity, clause, null);
    }

    /** The rule as it reports in issue mode. */
    public RuleInfo issuing() {
        return issueSeverity == null ? this : new RuleInfo(id, issueSeverity, clause, null);
    }
}
