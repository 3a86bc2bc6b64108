package vn.thethuc.recognize;

import java.util.List;
import java.util.Optional;
import vn.thethuc.document.Paragraph;

/**
 * The part of the document a finding is about, as a person names it (Phụ lục I's parts): where the findings
 * list, the sidebar and the reports say it is. Its name in each language is the message {@code part.<id>}.
 */
public enum Part {
    PAGE("page"), HEADER("header"), TITLE("title"), BODY("body"), SIGNATURE("signature"), RECIPIENTS("recipients"),
    DOCUMENT("document");

    private final String id;

    Part(String id) {
        this.id = id;
    }

    /** Stable, as in JSON reports: "header", "body" … */
    public String id() {
        return id;
    }

    public static Part ofId(String id) {
        for (Part p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return DOCUMENT;
    }

    /** The part paragraph {@code index} belongs to (-1: the document as a whole, told by the rule's group). */
    public static Part of(Structure s, int index, String ruleId) {
        if (index < 0) {
            return ofRule(ruleId);
        }
        if (in(s.agency(), index) || is(s.soKyHieu(), index) || is(s.quocHieu(), index) || is(s.tieuNgu(), index)
                || is(s.date(), index)) {
            return HEADER;
        }
        if (is(s.title(), index) || in(s.trichYeu(), index) || is(s.vv(), index)) {
            return TITLE;
        }
        if (in(s.kinhGui(), index) || is(s.noiNhan(), index) || in(s.noiNhanItems(), index)) {
            return RECIPIENTS;
        }
        if (in(s.signature(), index)) {
            return SIGNATURE;
        }
        return ofRule(ruleId) == PAGE ? PAGE : BODY;
    }

    /** A finding without a paragraph: by the group of its rule ("ND30.PAGE.MARGINS" → the page). */
    static Part ofRule(String ruleId) {
        String group = ruleId == null ? "" : ruleId.replaceFirst("^(ND30|KH)\\.", "").replaceFirst("\\..*$", "");
        return switch (group) {
            case "PAGE" -> PAGE;
            case "HEADER", "SO_KY_HIEU", "DATE" -> HEADER;
            case "TITLE" -> TITLE;
            case "SIGN" -> SIGNATURE;
            case "NOI_NHAN", "KINH_GUI" -> RECIPIENTS;
            case "BODY", "CAN_CU", "NUMBERING", "SECTIONS", "PARENT_CITATION", "COVERAGE", "DEADLINES" -> BODY;
            default -> DOCUMENT;
        };
    }

    private static boolean is(Optional<Paragraph> p, int index) {
        return p.isPresent() && p.get().index() == index;
    }

    private static boolean in(List<Paragraph> ps, int index) {
        for (Paragraph p : ps) {
            if (p.index() == index) {
                return true;
            }
        }
        return false;
    }
}
