package vn.thethuc.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.LineSpacing;
import vn.thethuc.document.PageSetup;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Place;
import vn.thethuc.document.Run;

/** Laid-out blocks as the checker would see them once Writer has them: for pure tests of layouts. */
public final class Snapshots {
    private Snapshots() {
    }

    /** The blocks as Writer would read them back: styles' formats, header and closing in two-column tables. */
    public static DocumentSnapshot asRead(List<Block> blocks) {
        List<Paragraph> out = new ArrayList<>();
        Map<String, Integer> marks = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.mark() != null) {
                marks.put(b.mark(), out.size());
            }
            Style s = b.style();
            Place place = switch (b.zone()) {
                case HEADER_LEFT -> new Place(0, 0, 0);
                case HEADER_RIGHT -> new Place(0, 0, 1);
                case RECIPIENTS -> new Place(1, 0, 0);
                case SIGNATURE -> new Place(1, 0, 1);
                case BODY -> Place.BODY;
            };
            out.add(new Paragraph(out.size(), b.text(), List.of(new Run(b.text(), Style.FONT, s.size(), s.bold(),
                    s.italic(), -1)), s.alignment(), s.firstLineIndentMm(), s.spaceBeforePt(), s.spaceAfterPt(), LineSpacing.SINGLE,
                    place));
        }
        List<PageSetup> pages = List.of(
                new PageSetup("First Page", 210, 297, false, 20, 20, 30, 15, 0, "Standard", false, false,
                        Alignment.CENTER, 0),
                new PageSetup("Standard", 210, 297, false, 20, 20, 30, 15, 7.5, "Standard", true, false,
                        Alignment.CENTER, 14));
        return new DocumentSnapshot(out, pages, 2, marks);
    }

}
