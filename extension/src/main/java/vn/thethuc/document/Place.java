package vn.thethuc.document;

/** Where a paragraph stands: in the body flow, or in a cell of the n-th table (0-based). */
public record Place(int table, int row, int column) {
    public static final Place BODY = new Place(-1, -1, -1);

    public boolean inTable() {
        return table >= 0;
    }
}
