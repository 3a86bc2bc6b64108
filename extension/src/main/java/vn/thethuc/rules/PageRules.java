package vn.thethuc.rules;

import java.util.List;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.PageSetup;
import vn.thethuc.rules.Nd30Profile.Range;

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

        @Override
        public void check(CheckContext ctx, Findings f) {
            Nd30Profile p = ctx.profile();
            double tol = p.toleranceMm();
            for (PageSetup s : ctx.document().pageStyles()) {
                if (measuredLikeItsFollower(ctx.document().pageStyles(), s, tol)) {
                    continue;
                }
                Range top = p.margin("top");
                Range bottom = p.margin("bottom");
                Range left = p.margin("left");
                Range right = p.margin("right");
                boolean ok = top.contains(s.topMm(), tol) && bottom.contains(s.bottomMm(), tol)
                        && left.contains(s.leftMm(), tol) && right.contains(s.rightMm(), tol);
                if (!ok) {
                    Fix fix = new Fix.SetPageMargins(s.name(), clamp(s.topMm(), top), clamp(s.bottomMm(), bottom),
                            clamp(s.leftMm(), left), clamp(s.rightMm(), right));
                    f.fixableDocument(List.of(fix), "outOfRange", s.name(), fmt(s.topMm()), fmt(s.bottomMm()),
                            fmt(s.leftMm()), fmt(s.rightMm()), top, bottom, left, right);
                }
            }
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

        private static double clamp(double v, Range r) {
            return Math.max(r.min(), Math.min(r.max(), v));
        }
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
                f.document("missing");
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
