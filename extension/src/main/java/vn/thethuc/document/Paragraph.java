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

    private List<Run> visible() {
        List<Run> v = runs.stream().filter(r -> !r.isBlank()).toList();
        return v.isEmpty() ? runs : v;
    }

    /** True when every visible run is bold. */
    public boolean bold() {
        return !visible().isEmpty() && visible().stream().allMatch(Run::bold);
    }

    public boolean anyBold() {
        return visible().stream().anyMatch(Run::bold);
    }

    public boolean italic() {
        return !visible().isEmpty() && visible().stream().allMatch(Run::italic);
    }

    /** The size most of the visible text has. */
    public Optional<Double> size() {
        return visible().stream()
                .collect(java.util.stream.Collectors.groupingBy(Run::sizePt,
                        java.util.stream.Collectors.summingInt(r -> r.text().length())))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
    }

    public String trimmed() {
        return text.strip();
    }
}
