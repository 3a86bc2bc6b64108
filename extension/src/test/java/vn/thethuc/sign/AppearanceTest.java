package vn.thethuc.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The visible signature's box from the marks of the signature block, its text, and a signature that stays valid. */
class AppearanceTest {
    static final Map<String, String> MARKS = Map.of(Appearance.TITLE_MARK, "1 XYZ 381.8 314.039 0",
            Appearance.NAME_MARK, "1 XYZ 388.55 225.939 0", Appearance.NAME_END_MARK, "1 XYZ 483.2 225.939 0");

    @Test
    void theBoxLiesBetweenTheTitleLineAndTheNameCentredOnTheName() {
        Appearance.Box box = Appearance.between(MARKS).orElseThrow();
        assertEquals(1, box.page());
        assertTrue(box.ury() <= 314.039f - Appearance.TITLE_LINE, "below the title line: " + box);
        assertTrue(box.lly() >= 225.939f, "above the name's top: " + box);
        assertEquals((388.55f + 483.2f) / 2, (box.llx() + box.urx()) / 2, 0.01f);
        assertTrue(box.width() >= Appearance.MIN_WIDTH);
        assertTrue(Appearance.between(Map.of(Appearance.NAME_MARK, "1 XYZ 388.55 225.939 0")).isEmpty(), "no title");
        assertTrue(Appearance.between(Map.of(Appearance.TITLE_MARK, "1 XYZ 381.8 314 0", Appearance.NAME_MARK,
                "2 XYZ 388.55 700 0")).isEmpty(), "title and name on different pages");
    }

    @Test
    void theTextNamesTheSignerTheAgencyAndTheTimeInVietnam() throws Exception {
        PadesSigner.Key key = PadesSignerTest.key("RSA");
        List<String> lines = Appearance.lines(key.certificate(),
                ZonedDateTime.of(2024, 5, 6, 2, 15, 30, 500, ZoneOffset.UTC));
        assertEquals(List.of("Ký bởi: Nguyễn Văn An", "Cơ quan: Sở Y tế tỉnh Thái Nguyên",
                "Thời gian ký: 2024-05-06T09:15:30+07:00"), lines);
    }

    @Test
    void aVisibleSignatureWithTextOnlyStaysValid() throws Exception {
        PadesSigner.Key key = PadesSignerTest.key("RSA");
        Appearance look = new Appearance(new Appearance.Box(1, 300, 500, 500, 580),
                Appearance.lines(key.certificate(), ZonedDateTime.now()), null, null, Appearance.systemFont().orElse(null));
        byte[] signed = PadesSigner.sign(PadesSignerTest.pdf(), key, PadesSigner.now(), "Ban hành văn bản", "Thái Nguyên",
                null, look);
        float[] at = new org.openpdf.text.pdf.PdfReader(signed).getAcroFields().getFieldPositions("ChuKySo");
        assertEquals(300f, at[1], 0.5f);
        assertEquals(Indication.TOTAL_PASSED, Dss.validate(signed, key.certificate()).indication());
    }
}
