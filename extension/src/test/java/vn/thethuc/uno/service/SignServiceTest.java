package vn.thethuc.uno.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.CheckReport;
import vn.thethuc.sign.DemoCertificate;
import vn.thethuc.sign.Keys;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.Tsa;
import vn.thethuc.uno.service.SignedExport;

/** The issuing sequence's decisions, with a document that only counts what is asked of it. */
class SignServiceTest {
    @TempDir
    static Path dir;
    static PadesSigner.Key key;
    static final SignedExport.Look LOOK = new SignedExport.Look(true, false, null, null, true);

    @BeforeAll
    static void key() throws Exception {
        char[] pin = "123456".toCharArray();
        DemoCertificate.write(dir.resolve("demo.p12"), pin);
        key = Keys.pkcs12(dir.resolve("demo.p12"), pin, null);
    }

    /** A document whose check gives {@code errors} errors and one warning, and whose export writes a file. */
    static final class Counted implements SignService.Source {
        final int errors;
        List<String> reserves = List.of();
        boolean blankNumber;
        final AtomicInteger checks = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        Counted(int errors) {
            this.errors = errors;
        }

        @Override
        public CheckReport check() {
            checks.incrementAndGet();
            List<CheckReport.Item> items = new java.util.ArrayList<>();
            for (int i = 0; i < errors; i++) {
                items.add(new CheckReport.Item("ND30.NOI_NHAN.LUU", "error", "m", "c", i, "t", false));
            }
            items.add(new CheckReport.Item("ND30.CAPS.AGENCY", "warning", "m", "c", 9, "t", false));
            if (blankNumber) {
                items.add(new CheckReport.Item("ND30.SO_KY_HIEU.FORMAT", "error", "Văn bản ban hành phải có số.", "c", 3,
                        "Số: /KH-UBND", false));
            }
            return new CheckReport(null, "issue", "KH", items,
                    new CheckReport.Summary(errors + (blankNumber ? 1 : 0), 1, 0), java.util.Map.of());
        }

        @Override
        public SignedExport.Written write(Path target, boolean replace, PadesSigner.Key k, Tsa tsa,
                SignedExport.Look look) throws Exception {
            writes.incrementAndGet();
            Files.writeString(target, "%PDF-signed");
            return new SignedExport.Written(true, reserves);
        }
    }

    @Test
    void errorsBlockAndNothingIsWritten() throws Exception {
        Counted doc = new Counted(2);
        Path out = dir.resolve("blocked.pdf");
        SignService.Result r = SignService.sign(doc, SignService.Policy.BLOCK, key, out, false, null, LOOK);
        assertEquals(2, assertInstanceOf(SignService.Result.Blocked.class, r).report().errors());
        assertEquals(0, doc.writes.get());
        assertFalse(Files.exists(out));
    }

    @Test
    void aWarningPolicySignsAndCarriesTheErrorsAndOffChecksNothing() throws Exception {
        Counted warned = new Counted(2);
        SignService.Result r = SignService.sign(warned, SignService.Policy.WARN, key, dir.resolve("warned.pdf"), false,
                null, LOOK);
        SignService.Result.Signed signed = assertInstanceOf(SignService.Result.Signed.class, r);
        assertEquals(2, signed.report().errors());
        assertTrue(signed.visible());
        assertTrue(Files.exists(dir.resolve("warned.pdf")));

        Counted unchecked = new Counted(5);
        SignService.Result off = SignService.sign(unchecked, SignService.Policy.OFF, key, dir.resolve("off.pdf"), false,
                null, LOOK);
        assertNull(assertInstanceOf(SignService.Result.Signed.class, off).report());
        assertEquals(0, unchecked.checks.get());
        assertEquals(1, unchecked.writes.get());
    }

    @Test
    void aTargetThatIsNoPdfOrExistsIsRefusedBeforeTheCheck() throws Exception {
        Counted doc = new Counted(0);
        Refusal notPdf = assertThrows(Refusal.class, () -> SignService.sign(doc, SignService.Policy.BLOCK, key,
                dir.resolve("ke-hoach.docx"), false, null, LOOK));
        assertEquals("sign.badOut", notPdf.key());
        Files.writeString(dir.resolve("there.pdf"), "x");
        Refusal exists = assertThrows(Refusal.class, () -> SignService.sign(doc, SignService.Policy.BLOCK, key,
                dir.resolve("there.pdf"), false, null, LOOK));
        assertEquals("sign.exists", exists.key());
        assertEquals(0, doc.checks.get());
        assertInstanceOf(SignService.Result.Signed.class,
                SignService.sign(doc, SignService.Policy.BLOCK, key, dir.resolve("there.pdf"), true, null, LOOK));
    }

    @Test
    void theSettingNamesThePolicyAndAnythingElseBlocks() {
        assertEquals(SignService.Policy.WARN, SignService.Policy.of("warn"));
        assertEquals(SignService.Policy.OFF, SignService.Policy.of(" OFF "));
        assertEquals(SignService.Policy.BLOCK, SignService.Policy.of(""));
        assertEquals(SignService.Policy.BLOCK, SignService.Policy.of("maybe"));
        assertEquals(SignService.Policy.BLOCK, SignService.Policy.of(null));
    }

    /** A blank number is the records office's: it does not block, but it must be reserved as a field. */
    @Test
    void aBlankNumberLeftForTheRecordsOfficeDoesNotBlockButMustBeReserved() throws Exception {
        Counted reserved = new Counted(0);
        reserved.blankNumber = true;
        reserved.reserves = List.of("SoVanBan", "NgayBanHanh");
        SignService.Result r = SignService.sign(reserved, SignService.Policy.BLOCK, key, dir.resolve("so.pdf"), false,
                null, LOOK);
        SignService.Result.Signed signed = assertInstanceOf(SignService.Result.Signed.class, r);
        assertEquals(0, signed.report().errors());
        assertEquals(List.of("SoVanBan", "NgayBanHanh"), signed.reserved());

        Counted nowhere = new Counted(0);
        nowhere.blankNumber = true;
        Refusal refusal = assertThrows(Refusal.class, () -> SignService.sign(nowhere, SignService.Policy.BLOCK, key,
                dir.resolve("khong-so.pdf"), false, null, LOOK));
        assertEquals("sign.numberNotReserved", refusal.key());
        assertFalse(Files.exists(dir.resolve("khong-so.pdf")), "no PDF without a number and no field for it");

        Counted other = new Counted(1);
        other.blankNumber = true;
        assertInstanceOf(SignService.Result.Blocked.class, SignService.sign(other, SignService.Policy.BLOCK, key,
                dir.resolve("loi.pdf"), false, null, LOOK), "other errors still block");
    }
}
