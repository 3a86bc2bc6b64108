package vn.thethuc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.i18n.Bundle;

class BundleTest {
    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertEquals(Bundle.of(Bundle.VI).keys(), Bundle.of(Bundle.EN).keys());
    }

    @Test
    void everyTextIsNfcAndNotBlank() {
        for (String lang : List.of(Bundle.VI, Bundle.EN)) {
            Properties p = Bundle.load(lang);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                assertTrue(!v.isBlank(), lang + ":" + key + " is blank");
                assertTrue(Normalizer.isNormalized(v, Normalizer.Form.NFC), lang + ":" + key + " is not NFC");
            }
        }
    }

    @Test
    void noKeyIsUnused() {
        String code = Sources.mainJava().stream().map(Sources::read).collect(Collectors.joining("\n"));
        Set<String> derived = Arrays.stream(Command.values()).map(Command::titleKey).collect(Collectors.toSet());
        Set<String> unused = new TreeSet<>();
        for (String key : Bundle.of(Bundle.VI).keys()) {
            if (!derived.contains(key) && !code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused);
    }

    @Test
    void languageFollowsTheLocale() {
        assertEquals(Bundle.VI, Bundle.languageOf("vi-VN"));
        assertEquals(Bundle.VI, Bundle.languageOf("vi"));
        assertEquals(Bundle.EN, Bundle.languageOf("en-US"));
        assertEquals(Bundle.EN, Bundle.languageOf("fr"));
        assertEquals(Bundle.EN, Bundle.languageOf(null));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Thể Thức không có lệnh «xyz».", Bundle.of(Bundle.VI).text("cmd.unknown", "xyz"));
    }
}
