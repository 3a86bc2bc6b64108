package vn.thethuc.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Text;
import vn.thethuc.rules.Catalog;
import vn.thethuc.rules.CheckContext;
import vn.thethuc.rules.Checker;
import vn.thethuc.rules.Findings;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.rules.Rule;

/**
 * A plan linked to its parent's feed: it cites the parent, covers its tasks, keeps its deadlines.
 * They run when the check is given a {@link Link}; the rules package knows nothing of feeds.
 */
public final class FeedRules {
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private FeedRules() {
    }

    public static List<Rule> all() {
        return List.of(new ParentCitation(), new Coverage(), new Deadlines());
    }

    /** The standard checker with these three rules too (they stay quiet without a link). */
    public static Checker checker() {
        List<Rule> rules = new java.util.ArrayList<>(Catalog.all());
        rules.addAll(all());
        return new Checker(Nd30Profile.standard(), rules);
    }

    private abstract static class Linked implements Rule {
        private final String id;

        Linked(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Class<?> needs() {
            return Link.class;
        }

        @Override
        public final void check(CheckContext ctx, Findings f) {
            check(ctx, ctx.input(Link.class).orElseThrow(), f);
        }

        abstract void check(CheckContext ctx, Link link, Findings f);
    }

    /** KH.PARENT_CITATION: the opening names the parent plan with its type, number, date and issuer as the feed does. */
    static final class ParentCitation extends Linked {
        ParentCitation() {
            super("KH.PARENT_CITATION");
        }

        @Override
        void check(CheckContext ctx, Link link, Findings f) {
            String expected = Citation.reference(link.feed().plan(), ctx.profile().typeCodes());
            String number = link.feed().plan().number();
            // The opening: the body before its first part (I.), where Căn cứ / Thực hiện … stand.
            int firstPart = ctx.structure().headings().stream()
                    .filter(h -> h.level() == vn.thethuc.recognize.Heading.Level.ROMAN)
                    .mapToInt(vn.thethuc.recognize.Heading::paragraph).min().orElse(Integer.MAX_VALUE);
            for (Paragraph p : ctx.structure().body()) {
                if (p.index() < firstPart && Text.nfc(p.text()).contains(expected)) {
                    return;
                }
            }
            Paragraph near = ctx.structure().body().stream().filter(p -> p.text().contains(number)).findFirst()
                    .orElse(ctx.structure().body().isEmpty() ? null : ctx.structure().body().get(0));
            if (near == null) {
                f.document("missing", expected);
            } else {
                f.at(near, "missing", expected);
            }
        }
    }

    /** KH.COVERAGE: every task that concerns the agency is in the plan (its bookmark) or marked not applicable with a reason. */
    static final class Coverage extends Linked {
        Coverage() {
            super("KH.COVERAGE");
        }

        @Override
        void check(CheckContext ctx, Link link, Findings f) {
            for (Feed.Assignment a : link.feed().concerning(link.agencyCode())) {
                String id = a.task().id();
                if (ctx.document().marks().containsKey(Link.mark(id))) {
                    continue;
                }
                String reason = link.notApplicable().get(id);
                String text = a.task().text();
                String shortText = text.length() > 120 ? text.substring(0, 119) + "…" : text;
                if (reason == null) {
                    f.document("missing", id, shortText);
                } else if (reason.isBlank()) {
                    f.document("noReason", id, shortText);
                }
            }
        }
    }

    /** KH.DEADLINES: each report the parent expects from the agency has a date in the plan no later than the parent's. */
    static final class Deadlines extends Linked {
        Deadlines() {
            super("KH.DEADLINES");
        }

        @Override
        void check(CheckContext ctx, Link link, Findings f) {
            List<Paragraph> paragraphs = ctx.document().paragraphs();
            for (Feed.Assignment a : link.feed().concerning(link.agencyCode())) {
                for (Feed.Report r : a.task().reports()) {
                    Paragraph mention = paragraphs.stream().filter(p -> p.text().contains(r.name())).findFirst()
                            .orElse(null);
                    if (mention == null) {
                        f.document("missing", r.name(), Citation.shortDate(r.due()));
                        continue;
                    }
                    LocalDate earliest = earliestDate(mention.text());
                    if (earliest == null || earliest.isAfter(r.due())) {
                        f.at(mention, "late", r.name(), Citation.shortDate(r.due()));
                    }
                }
            }
        }

        private static LocalDate earliestDate(String text) {
            LocalDate best = null;
            Matcher m = DATE.matcher(text);
            while (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                    best = best == null || d.isBefore(best) ? d : best;
                } catch (java.time.DateTimeException e) {
                    // not a date
                }
            }
            return best;
        }
    }
}
