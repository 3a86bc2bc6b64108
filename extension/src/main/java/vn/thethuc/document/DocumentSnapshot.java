package vn.thethuc.document;

import java.util.List;
import java.util.Map;

/**
 * What the checker sees of a document: read once, never changed, free of UNO. {@code marks}: the
 * bookmarks, by name, with the paragraph each starts in. {@code pages} and {@code pageEnds}: the page each
 * paragraph of the closing (small tables, the last paragraphs) starts and ends on, as laid out; absent
 * where not read.
 */
public record DocumentSnapshot(List<Paragraph> paragraphs, List<PageSetup> pageStyles, int pageCount,
        Map<String, Integer> marks, Map<Integer, Integer> pages, Map<Integer, Integer> pageEnds) {
    public DocumentSnapshot {
        paragraphs = List.copyOf(paragraphs);
        pageStyles = List.copyOf(pageStyles);
        marks = marks == null ? Map.of() : Map.copyOf(marks);
        pages = pages == null ? Map.of() : Map.copyOf(pages);
        pageEnds = pageEnds == null ? Map.of() : Map.copyOf(pageEnds);
    }

    public DocumentSnapshot(List<Paragraph> paragraphs, List<PageSetup> pageStyles, int pageCount,
            Map<String, Integer> marks) {
        this(paragraphs, pageStyles, pageCount, marks, Map.of(), Map.of());
    }

    public DocumentSnapshot(List<Paragraph> paragraphs, List<PageSetup> pageStyles, int pageCount) {
        this(paragraphs, pageStyles, pageCount, Map.of(), Map.of(), Map.of());
    }

    /** The page paragraph {@code index} starts on, when it was read. */
    public java.util.Optional<Integer> page(int index) {
        return java.util.Optional.ofNullable(pages.get(index));
    }

    /** The page paragraph {@code index} ends on, when it was read. */
    public java.util.Optional<Integer> pageEnd(int index) {
        return java.util.Optional.ofNullable(pageEnds.get(index));
    }

    public Paragraph paragraph(int index) {
        return paragraphs.get(index);
    }
}
