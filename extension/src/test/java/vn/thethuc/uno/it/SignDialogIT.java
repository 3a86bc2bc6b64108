package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thethuc.uno.it.Accessibility.button;
import static vn.thethuc.uno.it.Accessibility.click;

import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XBookmarksSupplier;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thethuc.command.Command;
import vn.thethuc.sign.Dss;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.PadesSignerTest;
import vn.thethuc.sign.SoftHsm;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Office;

/** Xuất PDF có ký số… in Writer: the dialog filled as a user would; the gate; a USB token through dispatch. */
class SignDialogIT extends WithOffice {
    static final String TITLE = "Thể Thức — Export signed PDF";
    /** The token is made once: SoftHSM, once loaded in LibreOffice, does not see a token made again. */
    private static PadesSigner.Key tokenKey;
    @TempDir
    Path dir;

    @BeforeAll
    static void english() throws Exception {
        Config.setUiLocale(office, "en-US");
    }

    /** A plan that passes the check in issue mode (numbered, its placeholders filled in). */
    static XComponent plan() throws Exception {
        XComponent doc = office.newTextDocument();
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.INSERT.url(), Office.property("Interactive", false),
                Office.property("Type", "KH"), Office.property("Spec", "{\"number\": \"15\"}"));
        assertEquals("DONE", a.status(), a.message());
        Fixtures.fillIn(doc);
        return doc;
    }

    static synchronized PadesSigner.Key token() throws Exception {
        if (tokenKey == null) {
            PadesSigner.Key key = PadesSignerTest.key("EC");
            SoftHsm.token(new java.security.KeyPair(key.certificate().getPublicKey(), key.key()),
                    key.certificate().getEncoded());
            tokenKey = key;
        }
        return tokenKey;
    }

    @Test
    void filledInTheDialogThePlanIsCheckedExportedAndSignedAndTheDocumentIsLeftAsItWas() throws Exception {
        PadesSigner.Key key = PadesSignerTest.key("RSA");
        Path p12 = PadesSignerTest.p12(dir, key);
        Path pdf = dir.resolve("ke-hoach-15.pdf");
        XComponent doc = plan();
        try {
            String before = Checks.normalized(Checks.report(office, doc, "draft", null));
            var undo = UnoRuntime.queryInterface(com.sun.star.document.XUndoManagerSupplier.class, doc).getUndoManager();
            String lastUndo = undo.getCurrentUndoActionTitle();
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.SIGN.url());
            assertEquals("DONE", a.status(), a.message());
            XAccessibleContext d = Accessibility.awaitDialog(office, TITLE);
            Accessibility.type(d, "Save the PDF to", pdf.toString());
            Accessibility.type(d, "Key file", p12.toString());
            Accessibility.type(d, "PIN / password", "123456");
            click(button(d, "Show certificates"));
            Accessibility.awaitLabel(d, "1 certificates; choose the one to sign with");
            Accessibility.type(d, "PIN / password", "123456");
            click(button(d, "Sign and export"));
            Accessibility.awaitLabel(d, "Signed and saved: " + pdf);
            Dss.Verdict v = Dss.validate(Files.readAllBytes(pdf), key.certificate());
            assertEquals(eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED, v.indication(), v.toString());
            assertTrue(PadesSignerTest.pdfsig(pdf).contains("Signature is Valid."));

            // Again: the existing PDF is replaced only when the user presses a second time.
            Accessibility.type(d, "PIN / password", "123456");
            click(button(d, "Sign and export"));
            Accessibility.awaitLabel(d, "The file «" + pdf + "» exists. Press «Sign and export» again");
            click(button(d, "Sign and export"));
            Accessibility.awaitLabel(d, "Signed and saved: " + pdf);
            click(button(d, "Cancel"));

            assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)), "the document is as it was");
            assertFalse(Arrays.stream(UnoRuntime.queryInterface(XBookmarksSupplier.class, doc).getBookmarks()
                    .getElementNames()).anyMatch(n -> n.startsWith("TheThucKy")), "no mark left in the user's document");
            assertEquals(lastUndo, undo.getCurrentUndoActionTitle(), "nothing added to the undo history");
            try (var files = Files.list(dir)) {
                assertEquals(0, files.filter(f -> f.getFileName().toString().matches(".*\\.(tmp|unsigned)$")).count());
            }
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void aDocumentWithLayoutErrorsIsNotSignedAndAWrongPinSaysSo() throws Exception {
        PadesSigner.Key key = PadesSignerTest.key("RSA");
        Path p12 = PadesSignerTest.p12(dir, key);
        Path pdf = dir.resolve("blocked.pdf");
        XComponent doc = office.open(Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx"));
        try {
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.SIGN.url(), Office.property("Interactive", false),
                    Office.property("Out", pdf.toString()), Office.property("Pkcs12", p12.toString()),
                    Office.property("Pin", "123456"));
            assertEquals("FAILED", a.status());
            assertTrue(a.message().matches("(?s)The document has \\d+ layout errors \\(issue mode\\); not signed\\..*"),
                    a.message());
            assertTrue(a.message().contains("Recipients, «- Lưu: VT") && a.message().contains("must end with a period"),
                    "each error said where it is and what: " + a.message());
            assertFalse(a.message().contains("ND30."), "no rule id for a person to decode: " + a.message());
            assertFalse(Files.exists(pdf));
        } finally {
            Office.closeDocument(doc);
        }
        XComponent ok = plan();
        try {
            CommandCall.Answer wrong = CommandCall.dispatch(office, ok, Command.SIGN.url(),
                    Office.property("Interactive", false), Office.property("Out", pdf.toString()),
                    Office.property("Pkcs12", p12.toString()), Office.property("Pin", "000000"));
            assertEquals("FAILED", wrong.status());
            assertTrue(wrong.message().startsWith("The password (PIN) of «an.p12» is wrong."), wrong.message());
            assertFalse(Files.exists(pdf));
        } finally {
            Office.closeDocument(ok);
        }
    }

    /**
     * A document opened with its password is signed like any other (the copy exported is opened with it).
     * Made without the extension's insert (plain text, the gate off for it): see CrashReproIT.
     */
    @Test
    void aPasswordProtectedDocumentIsSigned() throws Exception {
        Path odt = dir.resolve("mat-khau.odt");
        XComponent made = office.newTextDocument();
        try {
            UnoRuntime.queryInterface(com.sun.star.text.XTextDocument.class, made).getText()
                    .setString("Kế hoạch thực hiện công tác bình đẳng giới năm 2026");
            UnoRuntime.queryInterface(com.sun.star.frame.XStorable.class, made).storeToURL(odt.toUri().toString(),
                    new com.sun.star.beans.PropertyValue[] {Office.property("FilterName", "writer8"),
                        Office.property("Password", "bi-mat")});
        } finally {
            Office.closeDocument(made);
        }
        XComponent doc = UnoRuntime.queryInterface(com.sun.star.frame.XComponentLoader.class, office.desktop())
                .loadComponentFromURL(odt.toUri().toString(), "_blank", 0, new com.sun.star.beans.PropertyValue[] {
                    Office.property("Hidden", true), Office.property("Password", "bi-mat")});
        Config.set(office, vn.thethuc.uno.settings.Settings.NODE, "gatePolicy", "off");
        try {
            Path p12 = PadesSignerTest.p12(dir, PadesSignerTest.key("RSA"));
            Path pdf = dir.resolve("mat-khau.pdf");
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.SIGN.url(), Office.property("Interactive", false),
                    Office.property("Out", pdf.toString()), Office.property("Pkcs12", p12.toString()),
                    Office.property("Pin", "123456"));
            assertEquals("DONE", a.status(), a.message());
            assertTrue(PadesSignerTest.pdfsig(pdf).contains("Signature is Valid."));
        } finally {
            Config.set(office, vn.thethuc.uno.settings.Settings.NODE, "gatePolicy", "block");
            Office.closeDocument(doc);
        }
    }

    /** The launcher's Prepare step (mark and export its hidden copy) is refused on a document on screen: nothing marked, no file. */
    @Test
    void thePrepareStepLeavesADocumentOnScreenAlone() throws Exception {
        XComponent doc = UnoRuntime.queryInterface(com.sun.star.frame.XComponentLoader.class, office.desktop())
                .loadComponentFromURL("private:factory/swriter", "_blank", 0, new com.sun.star.beans.PropertyValue[0]);
        try {
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.INSERT.url(), Office.property("Interactive", false),
                    Office.property("Type", "KH"));
            assertEquals("DONE", a.status(), a.message());
            Path pdf = dir.resolve("prepared.pdf");
            CommandCall.Answer prepared = CommandCall.dispatch(office, doc, Command.SIGN.url(),
                    Office.property("Interactive", false), Office.property("Prepare", pdf.toString()),
                    Office.property("Language", "vi"));
            assertEquals("FAILED", prepared.status());
            assertTrue(prepared.message().startsWith("Bước «Prepare» chỉ dành cho bản sao ẩn"), prepared.message());
            assertFalse(Files.exists(pdf));
            var marks = UnoRuntime.queryInterface(com.sun.star.text.XBookmarksSupplier.class, doc).getBookmarks();
            for (String mark : new String[] {vn.thethuc.sign.Appearance.TITLE_MARK, vn.thethuc.sign.Appearance.NAME_MARK,
                vn.thethuc.sign.Appearance.NAME_END_MARK}) {
                assertFalse(marks.hasByName(mark), mark + " left in the document");
            }
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void aUsbTokenSignsInWriter() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(SoftHsm.available() || "true".equals(System.getenv("CI")),
                "softhsm2 and opensc are installed by bin/thethuc test");
        PadesSigner.Key key = token();
        Path pdf = dir.resolve("token.pdf");
        XComponent doc = plan();
        try {
            // a wrong PIN first: refused, no file, and the token's own word on its tries (read inside LibreOffice)
            CommandCall.Answer wrong = CommandCall.dispatch(office, doc, Command.SIGN.url(), Office.property("Interactive", false),
                    Office.property("Out", pdf.toString()), Office.property("Pkcs11", SoftHsm.MODULE.toString()),
                    Office.property("Slot", "0"), Office.property("Pin", "000000"));
            assertEquals("FAILED", wrong.status());
            assertTrue(wrong.message().startsWith("The PIN of the signing token (slot 0) is wrong. The token reports its"
                    + " remaining tries going down"), wrong.message());
            assertFalse(Files.exists(pdf));
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.SIGN.url(), Office.property("Interactive", false),
                    Office.property("Out", pdf.toString()), Office.property("Pkcs11", SoftHsm.MODULE.toString()),
                    Office.property("Slot", "0"), Office.property("Pin", SoftHsm.PIN));
            assertEquals("DONE", a.status(), a.message());
            Dss.Verdict v = Dss.validate(Files.readAllBytes(pdf), key.certificate());
            assertEquals(eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED, v.indication(), v.toString());
        } finally {
            Office.closeDocument(doc);
        }
    }

    /** Replaces {@code regex} by {@code replacement} everywhere, as Find & Replace does ("\\n": a new paragraph). */
    /**
     * #16's scenario: Thái Nguyên's plan from the corpus, fixed until it passes, its number and day left blank
     * for the records office; signed in Writer by the signer (PKCS#12, certification), then issued by
     * `thethuc issue` with number 15 and today's date, the agency's key on a SoftHSM2 token and the seal;
     * `thethuc verify`, pdfsig and DSS agree: two intact signatures, the changes allowed.
     */
    @Test
    void aCorpusPlanSignedInWriterWithItsNumberLeftBlankIsIssuedByTheRecordsOffice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(SoftHsm.available() || "true".equals(System.getenv("CI")),
                "softhsm2 and opensc are installed by bin/thethuc test");
        XComponent doc = Fixtures.editable(office, "seed-002-thainguyen-2023.odt");
        Path signed = dir.resolve("ke-hoach-59-nguoi-ky.pdf");
        Path issued = dir.resolve("ke-hoach-59-phat-hanh.pdf");
        java.time.LocalDate today = vn.thethuc.document.VietnamTime.today();
        PadesSigner.Key signerKey = PadesSignerTest.key("RSA");
        Path p12 = PadesSignerTest.p12(dir, signerKey);
        try {
            CommandCall.dispatch(office, doc, Command.CHECK.url(), Office.property("Interactive", false),
                    Office.property("Mode", "issue"), Office.property("Apply", "all"));
            assertEquals(1, replace(doc, "LĐT BXH", "LĐTBXH"));
            assertEquals(1, replace(doc, "^KT\\. CHỦ TỊCH$", "TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH"));
            // the number and the day are the records office's to give
            assertEquals(1, replace(doc, "^Số: *59 */", "Số:       /"));
            assertEquals(1, replace(doc, "ngày 13 tháng 4 năm 2023", "ngày       tháng " + today.getMonthValue()
                    + " năm " + today.getYear()));
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.SIGN.url(),
                    Office.property("Interactive", false), Office.property("Out", signed.toString()),
                    Office.property("Pkcs12", p12.toString()), Office.property("Pin", "123456"));
            assertEquals("DONE", a.status(), a.message());
        } finally {
            Office.closeDocument(doc);
        }
        PadesSigner.Key agencyKey = token();
        Path seal = SignatureImages.seal(dir.resolve("con-dau.png"));
        Map<String, String> env = Map.of("THETHUC_LANG", "en", "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "TOKEN_PIN", SoftHsm.PIN, "SOFTHSM2_CONF", SoftHsm.conf().toString());
        LauncherIT.Run issuing = LauncherIT.run(env, "issue", signed.toString(), "--number", "15", "--date",
                today.toString(), "--pkcs11", SoftHsm.MODULE.toString(), "--slot", "0", "--pin-env", "TOKEN_PIN",
                "--seal", seal.toString(), "--out", issued.toString());
        assertEquals(0, issuing.exit(), issuing.out() + issuing.err());
        String pdfsig = PadesSignerTest.pdfsig(issued);
        assertEquals(2, pdfsig.split("Signature is Valid\\.", -1).length - 1, pdfsig);
        String text = LauncherIT.output("pdftotext", "-layout", "-f", "1", "-l", "1", issued.toString(), "-");
        assertTrue(java.util.regex.Pattern.compile("Số:\\s*15/KH-UBND").matcher(text).find(), text);
        String day = today.getDayOfMonth() < 10 ? "0" + today.getDayOfMonth() : String.valueOf(today.getDayOfMonth());
        assertTrue(java.util.regex.Pattern.compile("ngày\\s+" + day + "\\s+tháng " + today.getMonthValue())
                .matcher(text).find(), text);
        Path anchors = dir.resolve("anchors.pem");
        Files.writeString(anchors, LauncherIT.pem(signerKey.certificate()) + LauncherIT.pem(agencyKey.certificate()));
        LauncherIT.Run verified = LauncherIT.run(env, "verify", issued.toString(), "--trust", anchors.toString());
        assertEquals(0, verified.exit(), verified.out() + verified.err());
        assertTrue(verified.out().contains("certification signature, DocMDP 2") && verified.out().contains("approval"),
                verified.out());
        List<Dss.Verdict> verdicts = Dss.validateAll(Files.readAllBytes(issued), signerKey.certificate(),
                agencyKey.certificate());
        assertEquals(2, verdicts.size());
        verdicts.forEach(v -> assertEquals(eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED, v.indication(),
                v.toString()));
    }

    static int replace(XComponent doc, String regex, String replacement) {
        var searchable = UnoRuntime.queryInterface(com.sun.star.util.XReplaceable.class, doc);
        var d = searchable.createReplaceDescriptor();
        d.setSearchString(regex);
        d.setReplaceString(replacement);
        try {
            UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, d)
                    .setPropertyValue("SearchRegularExpression", true);
        } catch (com.sun.star.uno.Exception e) {
            throw new AssertionError(e);
        }
        return searchable.replaceAll(d);
    }

    /**
     * The scenario: Thái Nguyên's plan from the corpus, fixed until the check passes (Sửa tất
     * cả, then what a person corrects by hand), signed with a PKCS#12 file and with a USB token.
     */
    @Test
    void aCorpusPlanFixedUntilItPassesIsSignedWithAFileAndWithAToken() throws Exception {
        XComponent doc = Fixtures.editable(office, "seed-002-thainguyen-2023.odt");
        try {
            Path blocked = dir.resolve("chua-dat.pdf");
            PadesSigner.Key fileKey = PadesSignerTest.key("RSA");
            Path p12 = PadesSignerTest.p12(dir, fileKey);
            CommandCall.Answer refused = CommandCall.dispatch(office, doc, Command.SIGN.url(),
                    Office.property("Interactive", false), Office.property("Out", blocked.toString()),
                    Office.property("Pkcs12", p12.toString()), Office.property("Pin", "123456"));
            assertEquals("FAILED", refused.status(), "not signed before it is fixed");

            CommandCall.dispatch(office, doc, Command.CHECK.url(), Office.property("Interactive", false),
                    Office.property("Mode", "issue"), Office.property("Apply", "all"));
            assertEquals(1, replace(doc, "LĐT BXH", "LĐTBXH"), "the cited number, retyped");
            assertEquals(1, replace(doc, "^KT\\. CHỦ TỊCH$", "TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH"),
                    "a deputy signing for the People's Committee: TM. above KT.");
            // a warning left on purpose: the name typed again in lower case after Sửa tất cả had capitalised it
            assertTrue(replace(doc, "Hội Liên hiệp Phụ nữ", "Hội Liên hiệp phụ nữ") >= 1, "the agency's name retyped");
            var report = Checks.report(office, doc, "issue", null);
            assertEquals(java.util.List.of(), Checks.problems(report).stream().filter(p -> p.contains(" ERROR ")).toList(),
                    "no error left in issue mode");

            Path withFile = dir.resolve("ke-hoach-59-p12.pdf");
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.SIGN.url(),
                    Office.property("Interactive", false), Office.property("Out", withFile.toString()),
                    Office.property("Pkcs12", p12.toString()), Office.property("Pin", "123456"));
            assertEquals("DONE", a.status(), a.message());
            assertTrue(a.message().contains("layout warnings (they do not block signing") && a.message().contains(
                    "Capitalise the agency's name"), "the warning left is shown: " + a.message());
            assertTrue(PadesSignerTest.pdfsig(withFile).contains("Signature is Valid."));
            assertEquals(eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED,
                    Dss.validate(Files.readAllBytes(withFile), fileKey.certificate()).indication());

            if (SoftHsm.available() || "true".equals(System.getenv("CI"))) {
                PadesSigner.Key tokenKey = token();
                Path withToken = dir.resolve("ke-hoach-59-token.pdf");
                CommandCall.Answer t = CommandCall.dispatch(office, doc, Command.SIGN.url(),
                        Office.property("Interactive", false), Office.property("Out", withToken.toString()),
                        Office.property("Pkcs11", SoftHsm.MODULE.toString()), Office.property("Pin", SoftHsm.PIN));
                assertEquals("DONE", t.status(), t.message());
                assertTrue(PadesSignerTest.pdfsig(withToken).contains("Signature is Valid."));
                assertEquals(eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED,
                        Dss.validate(Files.readAllBytes(withToken), tokenKey.certificate()).indication());
            }
            assertFalse(Files.exists(blocked));
        } finally {
            Office.closeDocument(doc);
        }
    }
}
