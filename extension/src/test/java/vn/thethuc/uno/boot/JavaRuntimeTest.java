package vn.thethuc.uno.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavaRuntimeTest {
    @Test
    void readsTheFeatureReleaseOfOldAndNewVersionStrings() {
        assertEquals(8, JavaRuntime.feature("1.8"));
        assertEquals(11, JavaRuntime.feature("11"));
        assertEquals(17, JavaRuntime.feature("17"));
        assertEquals(21, JavaRuntime.feature("21"));
        assertEquals(25, JavaRuntime.feature("25-ea"));
        assertEquals(0, JavaRuntime.feature(""));
        assertEquals(0, JavaRuntime.feature(null));
    }

    @Test
    void theTestJvmIsSupported() {
        assertTrue(JavaRuntime.isSupported(), JavaRuntime.describe());
    }
}
