package vn.thethuc.document;

import java.util.List;
import java.util.Map;

/**
 * What the checker sees of a document: read once, never changed, free of UNO. {@code marks}: the
 * bookmarks, by name, with the paragraph each starts in.
 */
public record DocumentSnapshot(List<Paragraph> paragraphs, List<PageSetup> pageStyles, int pageCount,
        Map<String, Integer> marks) {
    public DocumentSnapshot {
        paragraphs = List.copyOf(paragraphs);
        pageStyles = List.copyOf(pageStyles);
        marks = marks == null ? Map.of() : Map.copyOf(marks);
    }

    public DocumentSnapshot(List<Paragraph> paragraphs, List<PageSetup> pageStyles, int pageCount) {
        this(paragraphs, pageStyles, pageCount, Map.of());
    }

    public Paragraph paragraph(int index) {
        return paragraphs.get(index);
    }
}
