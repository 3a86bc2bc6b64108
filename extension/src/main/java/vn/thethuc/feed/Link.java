package vn.thethuc.feed;

/**
 * A plan linked to its parent: the parent's feed and the code this agency has in it. Given to the
 * checker as an input, it turns on KH.PARENT_CITATION, KH.COVERAGE and KH.DEADLINES.
 */
public record Link(Feed feed, String agencyCode) {
    /** The bookmark that ties a paragraph of the plan to the parent's task {@code taskId}. */
    public static String mark(String taskId) {
        return "VB_NV_" + taskId;
    }
}
