package vn.thethuc.rules;

import vn.thethuc.profile.Nd30Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
         * where the body starts or ends, which is the margin Word wrote. Styles with the same margins are
         * one finding. A landscape page inside a portrait document holds a wide table; NĐ30 gives it no
         * margins of its own.
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
            Map<List<Double>, List<PageSetup>> wrong = new LinkedHashMap<>();
            for (PageSetup s : styles) {
                if (measuredLikeItsFollower(styles, s, tol) || s.landscape() && s != styles.get(0)) {
                    continue;
                }
                boolean topOk = top.contains(s.topMm(), tol) || s.headerHeightMm() > 0 && top.contains(s.bodyTopMm(), tol);
                boolean bottomOk = bottom.contains(s.bottomMm(), tol)
                        || s.footerHeightMm() > 0 && bottom.contains(s.bodyBottomMm(), tol);
                if (!(topOk && bottomOk && left.contains(s.leftMm(), tol) && right.contains(s.rightMm(), tol))) {
                    wrong.computeIfAbsent(List.of(s.topMm(), s.bottomMm(), s.leftMm(), s.rightMm()), k -> new ArrayList<>())
                            .add(s);
                }
            }
            for (List<PageSetup> same : wrong.values()) {
                PageSetup s = same.get(0);
                List<Fix> fixes = same.stream().<Fix>map(o -> new Fix.SetPageMargins(o.name(), clamp(o.topMm(), top),
                        clamp(o.bottomMm(), bottom), clamp(o.leftMm(), left), clamp(o.rightMm(), right))).toList();
                f.fixableDocument(fixes, "outOfRange", String.join("», «", same.stream().map(PageSetup::name).toList()),
                        fmt(s.topMm()), fmt(s.bottomMm()), fmt(s.leftMm()), fmt(s.rightMm()), top, bottom, left, right);
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
