package vn.thethuc.rules;

import java.util.List;
import java.util.Optional;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Structure;
import vn.thethuc.recognize.Text;

/**
 * ND30.TEXT.PLACEHOLDER: the text still holds what the drafter was to replace ({@link Placeholders}). A
 * warning while drafting; an error in issue mode (the profile's issueSeverity), so that the signing gate
 * stops a document with empty sections. The number and date lines are left to their own rules (a blank the
 * records office fills at issue), and what follows the closing (an appendix, a form to fill) is not looked at.
 */
final class PlaceholderRule extends BaseRule {
    PlaceholderRule() {
        super("ND30.TEXT.PLACEHOLDER");
    }

    @Override
    public void check(CheckContext ctx, Findings f) {
        Structure s = ctx.structure();
        List<String> guidance = ctx.profile().guidanceSentences();
        int end = endOfDocument(ctx);
        for (Paragraph p : ctx.document().paragraphs()) {
            if (p.index() > end) {
                break;
            }
            if (is(s.soKyHieu(), p) || is(s.date(), p) || p.isBlank()) {
                continue;
            }
            Placeholders.first(p, guidance).ifPresent(found -> f.at(p, "left", shorten(found.text())));
        }
    }

    /** The last paragraph of the document proper: the closing's, or the one before an appendix («PHỤ LỤC»). */
    private static int endOfDocument(CheckContext ctx) {
        Structure s = ctx.structure();
        int closing = -1;
        for (Paragraph p : s.signature()) {
            closing = Math.max(closing, p.index());
        }
        for (Paragraph p : s.noiNhanItems()) {
            closing = Math.max(closing, p.index());
        }
        int bodyStart = s.body().isEmpty() ? 0 : s.body().get(0).index();
        for (Paragraph p : ctx.document().paragraphs()) {
            if (p.index() > bodyStart && Text.upper(p.trimmed()).startsWith("PHỤ LỤC")) {
                return p.index() - 1;
            }
        }
        return closing < 0 ? Integer.MAX_VALUE : closing;
    }

    private static boolean is(Optional<Paragraph> part, Paragraph p) {
        return part.isPresent() && part.get().index() == p.index();
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77).stripTrailing() + "…";
    }
}
