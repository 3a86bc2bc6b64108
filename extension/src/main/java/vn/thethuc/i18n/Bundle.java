package vn.thethuc.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user-visible texts, Vietnamese and English, from {@code messages_vi.properties} and
 * {@code messages_en.properties} (UTF-8). Compiled for Java 8 because the "Java too old" message
 * must be shown by a JVM that cannot load the rest of the extension.
 */
public final class Bundle {
    public static final String VI = "vi";
    public static final String EN = "en";

    private final String language;
    private final Properties texts;

    private Bundle(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /** Vietnamese for a Vietnamese locale tag ({@code vi}, {@code vi-VN}), English otherwise. */
    public static Bundle forLocale(String localeTag) {
        return of(languageOf(localeTag));
    }

    public static String languageOf(String localeTag) {
        if (localeTag == null) {
            return EN;
        }
        String tag = localeTag.trim().toLowerCase(Locale.ROOT);
        return tag.equals(VI) || tag.startsWith("vi-") || tag.startsWith("vi_") ? VI : EN;
    }

    public static Bundle of(String language) {
        String lang = VI.equals(language) ? VI : EN;
        Bundle b = LOADED.get(lang);
        if (b == null) {
            // read once per JVM: every command LibreOffice dispatches asks for one
            b = new Bundle(lang, load(lang));
            LOADED.put(lang, b);
        }
        return b;
    }

    private static final java.util.Map<String, Bundle> LOADED = new java.util.concurrent.ConcurrentHashMap<String, Bundle>();

    public static Properties load(String language) {
        String name = "messages_" + language + ".properties";
        Properties p = new Properties();
        InputStream in = Bundle.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
        return p;
    }

    public String language() {
        return language;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * The text of {@code key} with {@code {0}}, {@code {1}} … replaced by the arguments: a decimal number
     * ({@code Double}, {@code Float}) as the language writes it ("17,5" in Vietnamese, "17.5" in English), a
     * {@link Localizable} as it tells itself in this language, anything else as {@code String.valueOf}.
     */
    public String text(String key, Object... args) {
        String t = texts.getProperty(key);
        if (t == null) {
            // A missing key is a bug the meta-test catches; never show the user an empty box.
            return key;
        }
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", show(args[i]));
        }
        return t;
    }

    /** A value that is told differently in each language (a measure with decimals, a range of them). */
    public interface Localizable {
        String in(String language);
    }

    private String show(Object arg) {
        if (arg instanceof Localizable) {
            return ((Localizable) arg).in(language);
        }
        if (arg instanceof Double || arg instanceof Float) {
            return decimal(((Number) arg).doubleValue(), language);
        }
        return String.valueOf(arg);
    }

    /** {@code d} to one decimal, without one when whole: "17,5" (vi) or "17.5" (en); "13" in both. */
    public static String decimal(double d, String language) {
        double r = Math.round(d * 10) / 10.0;
        if (r == Math.rint(r)) {
            return String.valueOf((long) r);
        }
        String s = String.format(Locale.ROOT, "%.1f", r);
        return VI.equals(language) ? s.replace('.', ',') : s;
    }

    public Set<String> keys() {
        Set<String> keys = new TreeSet<String>();
        for (Object k : texts.keySet()) {
            keys.add((String) k);
        }
        return Collections.unmodifiableSet(keys);
    }
}
