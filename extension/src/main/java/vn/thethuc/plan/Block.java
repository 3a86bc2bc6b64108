package vn.thethuc.plan;

/** One paragraph of a laid-out document: its text (NFC), its style, its place. */
public record Block(Style style, String text, Zone zone) {
}
