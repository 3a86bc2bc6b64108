package vn.thethuc.rules;

import vn.thethuc.profile.Severity;
import java.util.List;
import vn.thethuc.recognize.Part;

/**
 * One place where the document breaks a rule. The message is a key and arguments, turned into
 * Vietnamese or English text only when shown. {@code paragraph} is -1 for the document as a whole;
 * {@code text} is the paragraph's text (or the offending part) for the reader's orientation; {@code part}
 * the part of the document it is in (set by the checker, which knows the structure).
 */
public record Finding(String rule, Severity severity, String clause, String messageKey, List<Object> args,
        int paragraph, String text, List<Fix> fixes, Part part) {

    public Finding {
        args = List.copyOf(args);
        fixes = List.copyOf(fixes);
        part = part == null ? Part.DOCUMENT : part;
    }

    public Finding(String rule, Severity severity, String clause, String messageKey, List<Object> args,
            int paragraph, String text, List<Fix> fixes) {
        this(rule, severity, clause, messageKey, args, paragraph, text, fixes, null);
    }

    /** The same finding, placed in {@code part}. */
    public Finding in(Part part) {
        return new Finding(rule, severity, clause, messageKey, args, paragraph, text, fixes, part);
    }

    public boolean fixable() {
        return !fixes.isEmpty();
    }
}
