package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.star.lang.XComponent;
import com.sun.star.util.XModifiable;
import com.sun.star.uno.UnoRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;

/**
 * The built .oxt inside a real headless LibreOffice: every corpus document, every command, through
 * the frame's dispatch like a menu click; the handler's answer comes back to the result listener.
 */
class DispatchIT {
    private static Office office;
    private static final List<Long> pids = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        office = Fixtures.officeWithExtension(Fixtures.JAVA);
        pids.add(office.pid());
    }

    @AfterAll
    static void stop() throws Exception {
        if (office != null) {
            office.close();
        }
        for (long pid : pids) {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            assertFalse(p.isPresent() && p.get().isAlive(), "soffice " + pid + " is still running");
        }
        assertEquals(List.of(), sofficeProcessesWithProfilesOf("thethuc-it-"), "a soffice of the tests is left");
    }

    /** Every soffice.bin whose command line names one of our throwaway profiles. */
    static List<Long> sofficeProcessesWithProfilesOf(String marker) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("soffice") && c.contains(marker)).orElse(false))
                .map(ProcessHandle::pid).toList();
    }

    @Test
    void everyCommandAnswersOnEveryCorpusDocument() throws Exception {
        Config.setUiLocale(office, "en-US");
        for (Path file : Fixtures.corpus()) {
            XComponent doc = office.open(file);
            try {
                XModifiable modifiable = UnoRuntime.queryInterface(XModifiable.class, doc);
                for (Command c : Command.values()) {
                    if (c == Command.SIGN) {
                        // Without a place for the PDF and without a user to ask (SignDialogIT covers the rest).
                        CommandCall.Answer a = CommandCall.dispatch(office, doc, c.url(),
                                Office.property("Interactive", false));
                        assertEquals("FAILED", a.status());
                        assertEquals(Bundle.of(Bundle.EN).text("sign.noOut"), a.message());
                        continue;
                    }
                    if (c == Command.FEED) {
                        // Without a source and without a user to ask (FeedIT, FeedDialogIT cover the rest).
                        CommandCall.Answer a = CommandCall.dispatch(office, doc, c.url(),
                                Office.property("Interactive", false));
                        assertEquals("FAILED", a.status());
                        assertEquals(Bundle.of(Bundle.EN).text("feed.noSource"), a.message());
                        continue;
                    }
                    if (c == Command.INSERT) {
                        // Without a type and without a user to ask (InsertIT covers the insertion itself).
                        CommandCall.Answer a = CommandCall.dispatch(office, doc, c.url(),
                                Office.property("Interactive", false));
                        assertEquals("FAILED", a.status());
                        assertEquals(Bundle.of(Bundle.EN).text("insert.noType", "KH, CV, BC, QĐ, TTr, TB, HD, CTr"),
                                a.message());
                        continue;
                    }
                    CommandCall.Answer a = CommandCall.dispatch(office, doc, c.url());
                    assertEquals(c.path(), a.command(), file + " " + c);
                    if (c == Command.CHECK) {
                        assertEquals("DONE", a.status(), file + ": " + a.message());
                        assertTrue(a.message().startsWith("Layout check: "), a.message());
                        assertTrue(a.payload().contains("\"findings\""), a.payload());
                        continue;
                    }
                    assertEquals("NOT_AVAILABLE", a.status(), file + " " + c + ": " + a.message());
                    assertEquals(Bundle.of(Bundle.EN).text("cmd.notAvailable",
                            Bundle.of(Bundle.EN).text(c.titleKey()), vn.thethuc.Version.get()), a.message());
                }
                assertFalse(modifiable.isModified(), file + " was modified by a command that only answers");
            } finally {
                Office.closeDocument(doc);
            }
        }
    }

    @Test
    void answersInVietnameseWhenTheUserInterfaceIsVietnamese() throws Exception {
        Config.setUiLocale(office, "vi-VN");
        XComponent doc = office.open(Fixtures.corpus().get(0));
        try {
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.SIGN.url(),
                    Office.property("Interactive", false));
            assertTrue(a.message().startsWith("Chưa có nơi lưu PDF"), a.message());
            CommandCall.Answer feed = CommandCall.dispatch(office, doc, Command.FEED.url(),
                    Office.property("Interactive", false));
            assertTrue(feed.message().startsWith("Chưa có nguồn kế hoạch cấp trên"), feed.message());
            CommandCall.Answer insert = CommandCall.dispatch(office, doc, Command.INSERT.url(),
                    Office.property("Interactive", false), Office.property("Type", "KH"),
                    Office.property("Spec", "{\"date\": \"23/11/2026\"}"));
            assertTrue(insert.message().startsWith("Ngày «23/11/2026» không hợp lệ"), insert.message());
            CommandCall.Answer check = CommandCall.dispatch(office, doc, Command.CHECK.url());
            assertTrue(check.message().startsWith("Kiểm tra thể thức: "), check.message());
        } finally {
            Office.closeDocument(doc);
            Config.setUiLocale(office, "en-US");
        }
    }

    @Test
    void anUnknownCommandIsRefusedClearly() throws Exception {
        XComponent doc = office.open(Fixtures.corpus().get(0));
        try {
            CommandCall.Answer a = CommandCall.dispatch(office, doc, "vnd.thethuc:nonsense");
            assertFalse(a.success());
            assertEquals("FAILED", a.status());
            assertTrue(a.message().contains("nonsense"), a.message());
        } finally {
            Office.closeDocument(doc);
        }
    }

    /** With LibreOffice on a JVM older than 21, every command says so instead of failing silently. */
    @Test
    void everyCommandExplainsAJavaThatIsTooOld() throws Exception {
        Optional<Path> oldJava = oldJava();
        assumeTrue(oldJava.isPresent(), "no Java older than 21 under /usr/lib/jvm");
        Path profile = Files.createTempDirectory("thethuc-it-").resolve("profile");
        new vn.thethuc.uno.office.Profile(profile).ensureInstalled(Fixtures.OXT, Fixtures.JAVA);
        try (Office old = Office.start(profile, oldJava.get())) {
            pids.add(old.pid());
            XComponent doc = old.open(Fixtures.corpus().get(1));
            try {
                for (Command c : Command.values()) {
                    CommandCall.Answer a = CommandCall.dispatch(old, doc, c.url());
                    assertEquals("JAVA_TOO_OLD", a.status(), c.url());
                    assertNotNull(a.message());
                    assertTrue(a.message().contains("Java 21 or newer") && a.message().contains("Advanced"), a.message());
                    assertTrue(a.message().contains(oldJava.get().toString()), a.message());
                }
            } finally {
                Office.closeDocument(doc);
            }
        }
    }

    static Optional<Path> oldJava() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/usr/lib/jvm"))) {
            return s.filter(p -> Files.isExecutable(p.resolve("bin/java")) && !Files.isSymbolicLink(p))
                    .filter(p -> {
                        try {
                            String release = Files.readString(p.resolve("release"));
                            java.util.regex.Matcher m = java.util.regex.Pattern
                                    .compile("JAVA_VERSION=\"(\\d+)").matcher(release);
                            return m.find() && Integer.parseInt(m.group(1)) < 21;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .findFirst();
        }
    }

    @Test
    void officeFailsClearlyOnAMissingDocument() {
        OfficeException e = org.junit.jupiter.api.Assertions.assertThrows(OfficeException.class,
                () -> office.open(Path.of("/nonexistent/ke-hoach.odt")));
        assertTrue(e.getMessage().contains("ke-hoach.odt"));
    }
}
