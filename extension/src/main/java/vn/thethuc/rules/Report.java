package vn.thethuc.rules;

import vn.thethuc.profile.Severity;
import java.util.List;

/** The result of a check: the document type found and the findings, errors first, each group in document order. */
public record Report(String documentType, CheckMode mode, List<Finding> findings) {
    public Report {
        findings = List.copyOf(findings);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
