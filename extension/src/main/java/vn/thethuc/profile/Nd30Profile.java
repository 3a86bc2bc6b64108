package vn.thethuc.profile;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds of a presentation standard, read from data ({@code nd30.json}), so that another
 * standard is a new file, not new code.
 */
public final class Nd30Profile {
    /** [min, max] */
    public record Range(double min, double max) implements vn.thethuc.i18n.Bundle.Localizable {
        public boolean contains(double v, double tolerance) {
            return v >= min - tolerance && v <= max + tolerance;
        }

        @Override
        public String toString() {
            return in(vn.thethuc.i18n.Bundle.EN);
        }

        /** "13–14", "12,5" in Vietnamese. */
        @Override
        public String in(String language) {
            String lo = vn.thethuc.i18n.Bundle.decimal(min, language);
            return min == max ? lo : lo + "–" + vn.thethuc.i18n.Bundle.decimal(max, language);
        }
    }

    private record Raw(String name, String title, double tolerancePt, double toleranceMm, RawPage page, RawFont font,
            Map<String, double[]> sizes, RawBody body, LinkedHashMap<String, String> typeCodes,
            List<String> mixedCaseCodes, List<String> legalBasisTypes, List<String> collectiveBodies, String letters,
            List<String> academicTitles, List<String> agencyNames, List<String> titleNames,
            LinkedHashMap<String, RawRule> rules,
            LinkedHashMap<String, String> otherTypeCodes, List<String> trichYeuOptional, RawPlaceholders placeholders) {
    }

    private record RawPage(double widthMm, double heightMm, Map<String, double[]> margins, double[] pageNumberSizePt) {
    }

    private record RawFont(String family, List<String> legacyFontPrefixes) {
    }

    private record RawBody(double[] firstLineIndentMm, double minSpaceBetweenPt, double[] lineSpacingPercent) {
    }

    private record RawRule(String severity, String clause, String added, String issueSeverity) {
    }

    private record RawPlaceholders(List<String> guidance) {
    }

    private final Raw raw;
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    private Nd30Profile(Raw raw) {
        this.raw = raw;
        raw.rules().forEach((id, r) -> rules.put(id, new RuleInfo(id, Severity.valueOf(r.severity()), r.clause(),
                r.issueSeverity() == null ? null : Severity.valueOf(r.issueSeverity()))));
    }

    public static Nd30Profile standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Nd30Profile STANDARD = load(Nd30Profile.class.getResourceAsStream("nd30.json"));
    }

    public static Nd30Profile load(InputStream in) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Nd30Profile(new Gson().fromJson(r, Raw.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Range range(double[] v) {
        return new Range(v[0], v[1]);
    }

    public String name() {
        return raw.name();
    }

    public double tolerancePt() {
        return raw.tolerancePt();
    }

    public double toleranceMm() {
        return raw.toleranceMm();
    }

    public double pageWidthMm() {
        return raw.page().widthMm();
    }

    public double pageHeightMm() {
        return raw.page().heightMm();
    }

    public Range margin(String side) {
        return range(raw.page().margins().get(side));
    }

    public Range pageNumberSize() {
        return range(raw.page().pageNumberSizePt());
    }

    public String fontFamily() {
        return raw.font().family();
    }

    public List<String> legacyFontPrefixes() {
        return raw.font().legacyFontPrefixes();
    }

    public Range size(String part) {
        double[] v = raw.sizes().get(part);
        if (v == null) {
            throw new IllegalArgumentException("no size for " + part + " in the profile");
        }
        return range(v);
    }

    /**
     * The guidance sentences the templates and insertions put where the drafter writes ("Nêu mục đích của Kế
     * hoạch"): left in the text, they are placeholders (ND30.TEXT.PLACEHOLDER).
     */
    public List<String> guidanceSentences() {
        return raw.placeholders() == null ? List.of() : raw.placeholders().guidance();
    }

    public Range firstLineIndentMm() {
        return range(raw.body().firstLineIndentMm());
    }

    public double minSpaceBetweenPt() {
        return raw.body().minSpaceBetweenPt();
    }

    public Range lineSpacingPercent() {
        return range(raw.body().lineSpacingPercent());
    }

    /** Type name in upper case (KẾ HOẠCH) → code (KH), in the order of Phụ lục III. */
    public Map<String, String> typeCodes() {
        return raw.typeCodes();
    }

    /**
     * Titles of documents NĐ30 does not lay out but officials check all the same (Nghị định, Thông tư,
     * Giấy phép …), with the code of their ký hiệu: recognised as titles, never taken for a công văn.
     */
    public Map<String, String> otherTypeCodes() {
        return raw.otherTypeCodes() == null ? Map.of() : raw.otherTypeCodes();
    }

    /** The code of a title of either list, if it is one. */
    public java.util.Optional<String> codeOfTitle(String title) {
        String c = typeCodes().get(title);
        return java.util.Optional.ofNullable(c != null ? c : otherTypeCodes().get(title));
    }

    /** Types whose forms have no trích yếu line (Giấy mời, Giấy giới thiệu, phiếu …). */
    public List<String> trichYeuOptional() {
        return raw.trichYeuOptional() == null ? List.of() : raw.trichYeuOptional();
    }

    public List<String> mixedCaseCodes() {
        return raw.mixedCaseCodes();
    }

    public List<String> legalBasisTypes() {
        return raw.legalBasisTypes();
    }

    public List<String> collectiveBodies() {
        return raw.collectiveBodies();
    }

    public List<String> letters() {
        return Arrays.asList(raw.letters().split(" "));
    }

    public List<String> academicTitles() {
        return raw.academicTitles();
    }

    public List<String> agencyNames() {
        return raw.agencyNames();
    }

    /** Titles as Phụ lục II writes them: "Phó Giám đốc", "Chánh Văn phòng". */
    public List<String> titleNames() {
        return raw.titleNames() == null ? List.of() : raw.titleNames();
    }

    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String id) {
        RuleInfo info = rules.get(id);
        if (info == null) {
            throw new IllegalArgumentException("rule " + id + " is not in the profile");
        }
        return info;
    }
}
