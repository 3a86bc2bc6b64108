package vn.thethuc.document;

import java.util.List;
import java.util.Optional;

/**
 * One paragraph of the snapshot, with its effective formats. {@code index} is its position in
 * document order (body and table cells together), the handle findings use. {@code listLabel} is the
 * number or bullet Word's or Writer's list numbering shows before the text ("a)", "2.", "-"), not part of
 * {@code text}; "" when the paragraph is not numbered. {@code leftIndentMm} is the whole paragraph's indent
 * from the left margin (the first line's is {@code firstLineIndentMm} more).
 */
public record Paragraph(int index, String text, List<Run> runs, Alignment alignment, double firstLineIndentMm,
        double spaceBeforePt, double spaceAfterPt, LineSpacing lineSpacing, Place place, String listLabel,
        double leftIndentMm) {

    public Paragraph {
        runs = List.copyOf(runs);
        listLabel = listLabel == null ? "" : listLabel;
    }

    public Paragraph(int index, String text, List<Run> runs, Alignment alignment, double firstLineIndentMm,
            double spaceBeforePt, double spaceAfterPt, LineSpacing lineSpacing, Place place, String listLabel) {
        this(index, text, runs, alignment, firstLineIndentMm, spaceBeforePt, spaceAfterPt, lineSpacing, place, listLabel, 0);
    }

    public Paragraph(int index, String text, List<Run> runs, Alignment alignment, double firstLineIndentMm,
            double spaceBeforePt, double spaceAfterPt, LineSpacing lineSpacing, Place place) {
        this(index, text, runs, alignment, firstLineIndentMm, spaceBeforePt, spaceAfterPt, lineSpacing, place, "");
    }

    /** The text as the reader sees it: the list label, if any, then the text. */
    public String labelledText() {
        return listLabel.isEmpty() ? text.strip() : listLabel.strip() + " " + text.strip();
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    private boolean hasVisible() {
        for (Run r : runs) {
            if (!r.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasWords() {
        for (Run r : runs) {
            if (r.hasWords()) {
                return true;
            }
        }
        return false;
    }

    /** True when every run with words is bold (all runs when none has words). */
    public boolean bold() {
        boolean words = hasWords();
        boolean any = false;
        for (Run r : runs) {
            if (!words || r.hasWords()) {
                if (!r.bold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    public boolean anyBold() {
        boolean words = hasWords();
        for (Run r : runs) {
            if ((!words || r.hasWords()) && r.bold()) {
                return true;
            }
        }
        return false;
    }

    /** True when every run with words is italic (all runs when none has words). */
    public boolean italic() {
        boolean words = hasWords();
        boolean any = false;
        for (Run r : runs) {
            if (!words || r.hasWords()) {
                if (!r.italic()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The part of this paragraph from {@code start} to {@code end}, its runs cut to it, with the same
     * index and place: one line of a paragraph split by line breaks.
     */
    public Paragraph slice(int start, int end) {
        List<Run> cut = new java.util.ArrayList<>();
        int at = 0;
        for (Run r : runs) {
            int from = Math.max(start, at);
            int to = Math.min(end, at + r.text().length());
            if (from < to) {
                cut.add(new Run(r.text().substring(from - at, to - at), r.font(), r.sizePt(), r.bold(), r.italic(),
                        r.color(), r.language(), r.fill()));
            }
            at += r.text().length();
        }
        return new Paragraph(index, text.substring(start, end), cut, alignment, firstLineIndentMm, spaceBeforePt,
                spaceAfterPt, lineSpacing, place, start == 0 ? listLabel : "", leftIndentMm);
    }

    /** The size most of the visible text has. */
    public Optional<Double> size() {
        boolean visible = hasVisible();
        double best = 0;
        int bestLength = -1;
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (visible && r.isBlank()) {
                continue;
            }
            int length = 0;
            for (Run o : runs) {
                if (o.sizePt() == r.sizePt() && (!visible || !o.isBlank())) {
                    length += o.text().length();
                }
            }
            if (length > bestLength) {
                bestLength = length;
                best = r.sizePt();
            }
        }
        return bestLength < 0 ? Optional.empty() : Optional.of(best);
    }

    public String trimmed() {
        return text.strip();
    }
}
