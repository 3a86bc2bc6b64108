package vn.thethuc.document;

import java.util.List;

/** What the checker sees of a document: read once, never changed, free of UNO. */
public record DocumentSnapshot(List<Paragraph> paragraphs, List<PageSetup> pageStyles, int pageCount) {
    public DocumentSnapshot {
        paragraphs = List.copyOf(paragraphs);
        pageStyles = List.copyOf(pageStyles);
    }

    public Paragraph paragraph(int index) {
        return paragraphs.get(index);
    }
}
