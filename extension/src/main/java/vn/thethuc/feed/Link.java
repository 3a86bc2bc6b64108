package vn.thethuc.feed;

import java.util.Map;

/**
 * A plan linked to its parent: the parent's feed and the code this agency has in it. Given to the
 * checker as an input, it turns on KH.PARENT_CITATION, KH.COVERAGE and KH.DEADLINES.
 * {@code notApplicable}: tasks the agency marked as not applicable to it, with the reason given.
 */
public record Link(Feed feed, String agencyCode, Map<String, String> notApplicable) {
    /** The document property that keeps {@link #notApplicable} (a JSON object: task id → reason). */
    public static final String NOT_APPLICABLE_PROPERTY = "TheThucNotApplicable";

    public Link {
        notApplicable = notApplicable == null ? Map.of() : Map.copyOf(notApplicable);
    }

    public Link(Feed feed, String agencyCode) {
        this(feed, agencyCode, Map.of());
    }

    /** The bookmark that ties a paragraph of the plan to the parent's task {@code taskId}. */
    public static String mark(String taskId) {
        return "VB_NV_" + taskId;
    }

    /** The reasons kept in a document ({@link #NOT_APPLICABLE_PROPERTY}); empty when absent or not readable. */
    public static Map<String, String> reasons(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            var object = com.google.gson.JsonParser.parseString(json).getAsJsonObject();
            Map<String, String> out = new java.util.LinkedHashMap<>();
            object.entrySet().forEach(e -> out.put(e.getKey(),
                    e.getValue().isJsonPrimitive() ? e.getValue().getAsString().strip() : ""));
            return out;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** {@code reasons} as the document keeps them. */
    public static String json(Map<String, String> reasons) {
        var object = new com.google.gson.JsonObject();
        reasons.forEach(object::addProperty);
        return object.toString();
    }
}
