package vn.thethuc.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void precomposedVietnameseIsTakenAsItIsAndDecomposedTextIsComposed() {
        String composed = "Độc lập – Tự do – Hạnh phúc “Ủy ban nhân dân” ½";
        assertTrue(Text.surelyNfc(composed));
        assertSame(composed, Text.nfc(composed));
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertFalse(Text.surelyNfc(decomposed));
        assertEquals(composed, Text.nfc(decomposed));
        // a singleton outside the fast ranges still goes through the normaliser: Ω (U+2126) is Ω (U+03A9)
        assertEquals("\u03A9", Text.nfc("\u2126"));
        assertFalse(Text.surelyNfc("\u2126"));
        assertTrue(Text.surelyNfc("≥ 200 m → ✓ … • ™"));
    }
}
