package vn.thethuc.rules;

import vn.thethuc.profile.Severity;
import java.util.List;

/**
 * One place where the document breaks a rule. The message is a key and arguments, turned into
 * Vietnamese or English text only when shown. {@code paragraph} is -1 for the document as a whole;
 * {@code text} is the paragraph's text (or the offending part) for the reader's orientation.
 */
public record Finding(String rule, Severity severity, String clause, String messageKey, List<Object> args,
        int paragraph, String text, List<Fix> fixes) {

    public Finding {
        args = List.copyOf(args);
        fixes = List.copyOf(fixes);
    }

    public boolean fixable() {
        return !fixes.isEmpty();
    }
}
