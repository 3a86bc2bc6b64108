package vn.thethuc.rules;

/**
 * A rule is small and pure: it reads the snapshot and the recognised structure and reports
 * findings. Its id (from ND30-RULES.md) never changes. A rule that needs an extra input (a parent
 * feed, say) declares it and runs only when the check is given that input.
 */
public interface Rule {
    String id();

    default Class<?> needs() {
        return null;
    }

    void check(CheckContext context, Findings findings);
}
