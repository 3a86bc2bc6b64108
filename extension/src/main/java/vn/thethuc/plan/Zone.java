package vn.thethuc.plan;

/** Where a block sits: the two columns of the header table, the body, the two columns of the closing table. */
public enum Zone {
    HEADER_LEFT, HEADER_RIGHT, BODY, RECIPIENTS, SIGNATURE
}
