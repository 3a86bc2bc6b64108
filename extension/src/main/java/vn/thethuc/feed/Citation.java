package vn.thethuc.feed;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * How a plan cites its parent (Phụ lục I, II.6.b): type, number, date and issuer exactly as the feed
 * gives them. {@code typeCodes}: the NĐ30 profile's names of types by code (Phụ lục III).
 */
public final class Citation {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Citation() {
    }

    /**
     * {@code Thực hiện Kế hoạch số 59/KH-UBND ngày 13/4/2023 của UBND tỉnh về …, Sở Y tế xây dựng Kế hoạch
     * thực hiện như sau:} — {@code agency} as written inside a sentence ("Sở Y tế").
     */
    public static String opening(Feed.Plan plan, String agency, Map<String, String> typeCodes) {
        return "Thực hiện " + reference(plan, typeCodes) + ", " + agency + " xây dựng Kế hoạch thực hiện như sau:";
    }

    /** {@code Kế hoạch số 59/KH-UBND ngày 13/4/2023 của UBND tỉnh về …}: what the rule looks for. */
    public static String reference(Feed.Plan plan, Map<String, String> typeCodes) {
        return typeName(plan.kind(), typeCodes) + " số " + plan.number() + " ngày " + shortDate(plan.issued()) + " của "
                + plan.issuer().shortName() + " về " + lowerFirst(plan.title());
    }

    /** The type's name from its code, in sentence case ("KH" → "Kế hoạch"); the code itself when unknown. */
    public static String typeName(String code, Map<String, String> typeCodes) {
        for (Map.Entry<String, String> e : typeCodes.entrySet()) {
            if (e.getValue().equals(code)) {
                String lower = e.getKey().toLowerCase(VI);
                return lower.substring(0, 1).toUpperCase(VI) + lower.substring(1);
            }
        }
        return code;
    }

    /** {@code 13/4/2023}, {@code 06/5/2024}, {@code 29/01/2024}: days below 10 and months 1–2 padded (Phụ lục I, II.4). */
    public static String shortDate(LocalDate d) {
        int day = d.getDayOfMonth();
        int month = d.getMonthValue();
        return (day < 10 ? "0" + day : String.valueOf(day)) + "/" + (month <= 2 ? "0" + month : String.valueOf(month))
                + "/" + d.getYear();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
