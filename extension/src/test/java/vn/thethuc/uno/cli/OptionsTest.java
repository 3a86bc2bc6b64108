package vn.thethuc.uno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {
    static final Map<String, String> VALUED = Map.of("--port", "8787", "--workers", "2");

    @Test
    void valuesFlagsAndOperandsWithTheirDefaults() throws Exception {
        Options o = Options.parse(new String[] {"a.docx", "--workers", "3", "--force", "b.odt"}, VALUED, Set.of("--force"));
        assertEquals(3, o.integer("--workers", 1, 32));
        assertEquals(8787, o.integer("--port", 0, 65535));
        assertTrue(o.flag("--force"));
        assertEquals(List.of("a.docx", "b.odt"), o.operands());
    }

    @Test
    void anUnknownOptionAMissingValueOrAValueOutOfRangeIsBad() throws Exception {
        assertThrows(Options.Bad.class, () -> Options.parse(new String[] {"--wokers", "3"}, VALUED, Set.of()));
        assertThrows(Options.Bad.class, () -> Options.parse(new String[] {"--workers"}, VALUED, Set.of()));
        Options o = Options.parse(new String[] {"--workers", "0", "--port", "x"}, VALUED, Set.of());
        assertThrows(Options.Bad.class, () -> o.integer("--workers", 1, 32));
        assertThrows(Options.Bad.class, () -> o.integer("--port", 0, 65535));
    }
}
