package vn.thethuc.rules;

import vn.thethuc.profile.Nd30Profile;
import java.util.Optional;
import vn.thethuc.document.Paragraph;
import vn.thethuc.profile.Nd30Profile.Range;

/** Common ground of the rules: the id, and the size checks most of them share. */
abstract class BaseRule implements Rule {
    private final String id;

    BaseRule(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    /** The paragraph's size when it lies outside the profile's range for {@code part}. */
    static Optional<Double> wrongSize(CheckContext ctx, Paragraph p, String part) {
        Range r = ctx.profile().size(part);
        return p.size().filter(s -> !r.contains(s, ctx.profile().tolerancePt()));
    }

    /** A measure for a message: to one decimal (34.99 mm read back from 1/100 mm is 35), told in the reader's language. */
    static Double fmt(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
