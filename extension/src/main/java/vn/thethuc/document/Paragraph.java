package vn.thethuc.document;

import java.util.List;
import java.util.Optional;

/**
 * One paragraph of the snapshot, with its effective formats. {@code index} is its position in
 * document order (body and table cells together), the handle findings use.
 */
public record Paragraph(int index, String text, List<Run> runs, Alignment alignment, double firstLineIndentMm,
        double spaceBeforePt, double spaceAfterPt, LineSpacing lineSpacing, Place place) {

    public Paragraph {
        runs = List.copyOf(runs);
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

    /** True when every visible run is bold (all runs when none is visible). */
    public boolean bold() {
        boolean visible = hasVisible();
        boolean any = false;
        for (Run r : runs) {
            if (!visible || !r.isBlank()) {
                if (!r.bold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    public boolean anyBold() {
        boolean visible = hasVisible();
        for (Run r : runs) {
            if ((!visible || !r.isBlank()) && r.bold()) {
                return true;
            }
        }
        return false;
    }

    public boolean italic() {
        boolean visible = hasVisible();
        boolean any = false;
        for (Run r : runs) {
            if (!visible || !r.isBlank()) {
                if (!r.italic()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
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
