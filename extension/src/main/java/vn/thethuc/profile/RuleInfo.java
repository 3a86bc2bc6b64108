package vn.thethuc.profile;

/** A rule's data: its stable id, severity and the clause of NĐ30 it enforces. */
public record RuleInfo(String id, Severity severity, String clause) {
}
