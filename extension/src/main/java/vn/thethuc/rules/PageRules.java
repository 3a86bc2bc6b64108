package vn.thethuc.rules;

import vn.thethuc.profile.Nd30Profile;
import java.util.ArrayList;
import java.util.List;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.PageSetup;
import vn.thethuc.profile.Nd30Profile.Range;

/** Page size, margins and page numbers (Phụ lục I, I.1–3, I.7). */
final class PageRules {
    private PageRules() {
    }

    static final class Size extends BaseRule {
        Size() {
            super("ND30.PAGE.SIZE");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Nd30Profile p = ctx.profile();
            for (PageSetup s : ctx.document().pageStyles()) {
                double w = s.landscape() ? s.heightMm() : s.widthMm();
                double h = s.landscape() ? s.widthMm() : s.heightMm();
                boolean a4 = Math.abs(w - p.pageWidthMm()) <= p.toleranceMm() && Math.abs(h - p.pageHeightMm()) <= p.toleranceMm();
                if (!a4) {
                    f.fixableDocument(List.of(new Fix.SetPageSize(s.name(), p.pageWidthMm(), p.pageHeightMm())),
                            "notA4", s.name(), fmt(s.widthMm()), fmt(s.heightMm()));
                } else if (s.landscape() && s == ctx.document().pageStyles().get(0)) {
                    f.fixableDocument(List.of(new Fix.SetPageSize(s.name(), p.pageWidthMm(), p.pageHeightMm())),
                            "landscape", s.name());
                }
            }
        }
    }

    static final class Margins extends BaseRule {
        Margins() {
            super("ND30.PAGE.MARGINS");
        }

        /**
         * Each side is right when either reading of it is: Writer's margin, or — with a header or footer —
         * where the body starts or ends, which is the margin Word wrote and what the finding prints (the same
         * figure for a document's .odt and .docx). A Word section that Writer makes a first-page style and the
         * style it leads to, alike so read, is one finding; each other section is its own. A landscape page (a wide
         * table in an appendix) may be read as turned either way: it is wrong only when no reading fits.
         */
        @Override
        public void check(CheckContext ctx, Findings f) {
            Nd30Profile p = ctx.profile();
            double tol = p.toleranceMm();
            Range top = p.margin("top");
            Range bottom = p.margin("bottom");
            Range left = p.margin("left");
            Range right = p.margin("right");
            List<PageSetup> styles = ctx.document().pageStyles();
            // a Word section's first-page style and the style it leads to, alike in Word's reading: one finding
            List<Group> wrong = new ArrayList<>();
            for (PageSetup s : styles) {
                if (measuredLikeItsFollower(styles, s, tol)) {
                    continue;
                }
                boolean ok;
                if (s.landscape() && s != styles.get(0)) {
                    double t = wordTop(s);
                    double b = wordBottom(s);
                    ok = fits(top, bottom, left, right, s, tol)
                            || left.contains(t, tol) && top.contains(s.rightMm(), tol) && right.contains(b, tol) && bottom.contains(s.leftMm(), tol)
                            || left.contains(b, tol) && top.contains(s.leftMm(), tol) && right.contains(t, tol) && bottom.contains(s.rightMm(), tol);
                } else {
                    ok = fits(top, bottom, left, right, s, tol);
                }
                if (!ok) {
                    List<Long> key = List.of(Math.round(wordTop(s) * 10), Math.round(wordBottom(s) * 10),
                            Math.round(s.leftMm() * 10), Math.round(s.rightMm() * 10));
                    List<PageSetup> section = wrong.stream().filter(g -> g.key().equals(key) && g.styles().stream()
                            .anyMatch(o -> s.name().equals(o.follow()) || o.name().equals(s.follow())))
                            .map(Group::styles).findFirst().orElse(null);
                    if (section == null) {
                        wrong.add(new Group(key, section = new ArrayList<>()));
                    }
                    section.add(s);
                }
            }
            for (List<PageSetup> same : wrong.stream().map(Group::styles).toList()) {
                PageSetup s = same.get(0);
                List<Fix> fixes = same.stream().<Fix>map(o -> new Fix.SetPageMargins(o.name(),
                        side(o.topMm(), o.headerHeightMm(), top, tol), side(o.bottomMm(), o.footerHeightMm(), bottom, tol),
                        clamp(o.leftMm(), left), clamp(o.rightMm(), right))).toList();
                f.fixableDocument(fixes, "outOfRange", String.join("», «", same.stream().map(PageSetup::name).toList()),
                        fmt(wordTop(s)), fmt(wordBottom(s)), fmt(s.leftMm()), fmt(s.rightMm()), top, bottom, left, right);
            }
        }

        private record Group(List<Long> key, List<PageSetup> styles) {
        }

        private static boolean fits(Range top, Range bottom, Range left, Range right, PageSetup s, double tol) {
            boolean topOk = top.contains(s.topMm(), tol) || s.headerHeightMm() > 0 && top.contains(s.bodyTopMm(), tol);
            boolean bottomOk = bottom.contains(s.bottomMm(), tol)
                    || s.footerHeightMm() > 0 && bottom.contains(s.bodyBottomMm(), tol);
            return topOk && bottomOk && left.contains(s.leftMm(), tol) && right.contains(s.rightMm(), tol);
        }

        /** The top margin as Word shows it: where the body starts. */
        private static double wordTop(PageSetup s) {
            return s.headerHeightMm() > 0 ? s.bodyTopMm() : s.topMm();
        }

        private static double wordBottom(PageSetup s) {
            return s.footerHeightMm() > 0 ? s.bodyBottomMm() : s.bottomMm();
        }

        /**
         * A first page without header whose body starts where the following pages' body does: the
         * usual NĐ30 set-up (no number on page 1), and what Word's single top margin becomes when a
         * .docx is opened. It is measured by the style that follows it, which is checked itself.
         */
        static boolean measuredLikeItsFollower(List<PageSetup> styles, PageSetup s, double tol) {
            if (s.headerHeightMm() > 0 || styles.isEmpty() || styles.get(0) != s) {
                return false;
            }
            return styles.stream().filter(o -> o != s && o.name().equals(s.follow()) && o.headerHeightMm() > 0)
                    .anyMatch(o -> Math.abs(o.bodyTopMm() - s.bodyTopMm()) <= tol);
        }

        /**
         * Writer's margin that brings a side in range: kept when either reading already is; with a header or
         * footer, moved so that the body starts (ends) in range, as Word would move it.
         */
        private static double side(double margin, double band, Range r, double tol) {
            if (r.contains(margin, tol) || band > 0 && r.contains(margin + band, tol)) {
                return margin;
            }
            if (band > 0 && clamp(margin + band, r) - band >= MIN_BAND_DISTANCE_MM) {
                return clamp(margin + band, r) - band;
            }
            return clamp(margin, r);
        }

        /** The least room left between a header (footer) and the page's edge when a fix moves the body. */
        private static final double MIN_BAND_DISTANCE_MM = 5;

        private static double clamp(double v, Range r) {
            return Math.max(r.min(), Math.min(r.max(), v));
        }
    }

    /** Where the layout was read: the text ends on page 1, what follows it is empty paragraphs only. */
    static boolean textOnOnePage(CheckContext ctx) {
        List<vn.thethuc.document.Paragraph> ps = ctx.document().paragraphs();
        for (int i = ps.size() - 1; i >= 0; i--) {
            if (!ps.get(i).isBlank()) {
                return ctx.document().pageEnd(i).map(page -> page == 1).orElse(false);
            }
        }
        return false;
    }

    static final class Numbers extends BaseRule {
        Numbers() {
            super("ND30.PAGE.NUMBERS");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            if (ctx.document().pageCount() <= 1 || ctx.document().pageStyles().isEmpty()) {
                return;
            }
            List<PageSetup> styles = ctx.document().pageStyles();
            boolean any = styles.stream().anyMatch(PageSetup::pageNumberInHeader);
            if (!any) {
                if (styles.stream().anyMatch(PageSetup::pageNumberInFooter)) {
                    f.document("inFooter");
                } else if (!textOnOnePage(ctx)) { // a second page of empty paragraphs needs no number
                    f.document("missing");
                }
                return;
            }
            PageSetup first = styles.get(0);
            if (first.firstPageHasNumber()) {
                f.document("onFirstPage");
            }
            PageSetup numbered = styles.stream().filter(PageSetup::pageNumberInHeader).findFirst().orElseThrow();
            if (numbered.pageNumberAlignment() != Alignment.CENTER) {
                f.document("notCentred");
            }
            Range size = ctx.profile().pageNumberSize();
            if (numbered.pageNumberSizePt() > 0 && !size.contains(numbered.pageNumberSizePt(), ctx.profile().tolerancePt())) {
                f.document("size", fmt(numbered.pageNumberSizePt()), size);
            }
        }
    }
}
