package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thethuc.uno.it.Accessibility.button;
import static vn.thethuc.uno.it.Accessibility.click;

import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thethuc.command.Command;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Office;

/**
 * LibreOffice never goes down because of the extension: in one office, round after round of every
 * command and dialog path of the menu (insert, next section, closing, feed, check, fix all, sign),
 * documents stored, closed, others opened, undone. It used to abort at the first or second round
 * (Writer objects released by Java's finalizer after their document closed). The office must be
 * alive at the end and its memory flat after the first rounds.
 *
 * <p>{@code .ci/run} runs {@value #CI_ROUNDS} rounds; {@code bin/thethuc test --soak} runs 50 rounds
 * three times ({@code -Dthethuc.soak.rounds=50 -Dthethuc.soak.runs=3}).
 */
class SoakIT {
    static final int CI_ROUNDS = 20;
    static final int ROUNDS = Integer.getInteger("thethuc.soak.rounds", CI_ROUNDS);
    static final int RUNS = Integer.getInteger("thethuc.soak.runs", 1);
    /** Memory is compared from this round on: the first ones fill caches (fonts, filters, the JVM). */
    static final int WARM_ROUNDS = 10;
    /**
     * How much the office's memory may grow after the warm rounds: the issue asks 10 % (the full soak,
     * {@code -Dthethuc.soak.growth=0.10}). CI's shorter soak allows 20 %: its 20 rounds end while some
     * documents are met for the second time only, and the guard against the extension keeping documents is
     * the count of live proxies below, which does not vary (docs/ROBUSTNESS.md §6).
     */
    static final double MEMORY_GROWTH = Double.parseDouble(System.getProperty("thethuc.soak.growth", "0.20"));
    static final boolean BARE = Boolean.getBoolean("thethuc.soak.bare");

    @TempDir
    Path dir;

    @Test
    void everyCommandAndDialogRoundAfterRoundInOneOffice() throws Exception {
        Path p12 = vn.thethuc.sign.PadesSignerTest.p12(dir, vn.thethuc.sign.PadesSignerTest.key("RSA"));
        List<Path> others = others();
        for (int run = 1; run <= RUNS; run++) {
            // Diagnostic (docs/ROBUSTNESS.md): -Dthethuc.soak.bare=true opens and closes the same documents in an
            // office without the extension and runs no command — LibreOffice's own growth, to compare with.
            Office office = BARE ? Office.start(Files.createTempDirectory("thethuc-bare-").resolve("profile"), Fixtures.JAVA)
                    : Fixtures.officeWithExtension(Fixtures.JAVA);
            try {
                Config.setUiLocale(office, "en-US");
                if (!BARE) {
                    // the agency set once, as IT's policy or the user does: the insert dialog comes filled in
                    Fixtures.configureAgency(office);
                }
                long warm = 0;
                long warmProxies = 0;
                for (int round = 1; round <= ROUNDS; round++) {
                    String at = "run " + run + ", round " + round;
                    long t0 = System.nanoTime();
                    if (BARE) {
                        office.closeDoc(office.newTextDocument());
                        XComponent opened = Fixtures.editable(office, others.get((round - 1) % others.size()));
                        try {
                            // laid out to the end, as the check has it (the page count needs every page)
                            var controller = UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, opened).getCurrentController();
                            UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, controller).getPropertyValue("PageCount");
                        } finally {
                            office.closeDoc(opened);
                        }
                    } else {
                        round(office, round, others.get((round - 1) % others.size()), p12, at);
                    }
                    System.out.printf("soak %s: %s, %.1f s%n", at, others.get((round - 1) % others.size()).getFileName(),
                            (System.nanoTime() - t0) / 1e9);
                    assertTrue(office.isAlive(), "LibreOffice died at " + at);
                    releaseOurProxies();
                    if (round <= WARM_ROUNDS) {
                        // the high-water mark of the warm rounds: a collection between rounds makes single readings jump
                        warm = Math.max(warm, rssKb(office));
                    }
                    if (round == Math.min(WARM_ROUNDS, ROUNDS) && !BARE) { // jcmd's SIGQUIT kills an office without Java
                        warmProxies = liveProxies(office);
                    }
                    if (Boolean.getBoolean("thethuc.soak.verbose") && !BARE) {
                        System.out.println("  RSS " + rssKb(office) + " kB; " + memory(office));
                    }
                    // Diagnostic (docs/ROBUSTNESS.md): how much of the office's RSS is memory glibc keeps after it was
                    // freed — gdb asks the office's allocator to give it back (malloc_trim) and the RSS is read again.
                    if (Boolean.getBoolean("thethuc.soak.trim") && (round == WARM_ROUNDS || round == ROUNDS || round % 5 == 0)) {
                        long before = rssKb(office);
                        Process g = new ProcessBuilder("gdb", "-p", Long.toString(office.pid()), "-batch", "-nx",
                                "-ex", "call (void) malloc_stats()", "-ex", "call (int) malloc_trim(0)")
                                .redirectErrorStream(true).start();
                        String out = new String(g.getInputStream().readAllBytes());
                        g.waitFor();
                        System.out.println("  TRIM round " + round + ": RSS " + before + " kB -> " + rssKb(office) + " kB; "
                                + out.lines().filter(l -> l.startsWith("$")).findFirst().orElse(out.length() > 300 ? out.substring(out.length() - 300) : out)
                                + "; " + mallocInUse(office));
                    }
                }
                long end = rssKb(office);
                long proxies = BARE ? 0 : liveProxies(office);
                System.out.printf("soak run %d: %d rounds, RSS %d kB at most in the first %d, %d kB at the end (%+.1f %%);"
                        + " live Java proxies in the office %d, then %d%n", run, ROUNDS, warm, Math.min(WARM_ROUNDS, ROUNDS),
                        end, 100.0 * (end - warm) / warm, warmProxies, proxies);
                // The extension keeps nothing of the documents it worked on: no proxy piles up in the office's JVM.
                assertTrue(proxies <= warmProxies + 50, "Java proxies piled up: " + warmProxies + " → " + proxies);
                assertTrue(end <= warm * (1 + MEMORY_GROWTH), "memory grew from " + warm + " kB to " + end
                        + " kB in run " + run);
                // still answering
                XComponent probe = office.newTextDocument();
                office.closeDoc(probe);
            } finally {
                office.close();
            }
        }
    }

    private void round(Office office, int round, Path other, Path p12, String at) throws Exception {
        // A plan laid out, signed, continued with a section and a closing, stored, closed.
        XComponent plan = office.newTextDocument();
        try {
            done(CommandCall.dispatch(office, plan, Command.INSERT.url(), Office.property("Interactive", false),
                    Office.property("Type", "KH"), Office.property("Spec", "{\"number\": \"15\"}")), "insert", at);
            Fixtures.fillIn(plan);
            Path pdf = dir.resolve("plan-" + round + ".pdf");
            done(CommandCall.dispatch(office, plan, Command.SIGN.url(), Office.property("Interactive", false),
                    Office.property("Out", pdf.toString()), Office.property("Pkcs12", p12.toString()),
                    Office.property("Pin", "123456")), "sign", at);
            lap("insert, sign");
            assertTrue(Files.size(pdf) > 0, "no PDF at " + at);
            Files.delete(pdf);
            end(plan);
            done(CommandCall.dispatch(office, plan, Command.INSERT.url(), Office.property("Interactive", false),
                    Office.property("Part", "section")), "next section", at);
            done(CommandCall.dispatch(office, plan, Command.INSERT.url(), Office.property("Interactive", false),
                    Office.property("Part", "closing")), "closing", at);
            Path stored = dir.resolve("plan-" + round + ".odt");
            UnoRuntime.queryInterface(XStorable.class, plan).storeToURL(stored.toUri().toString(),
                    new com.sun.star.beans.PropertyValue[] {Office.property("FilterName", "writer8")});
            Files.delete(stored);
        } finally {
            office.closeDoc(plan);
        }

        lap("parts, store");
        // The parent plan's tasks into a new document.
        XComponent linked = office.newTextDocument();
        try {
            done(CommandCall.dispatch(office, linked, Command.FEED.url(), Office.property("Interactive", false),
                    Office.property("Source", FeedIT.FEED.toString()), Office.property("Agency", "SYT")), "feed", at);
        } finally {
            office.closeDoc(linked);
        }

        lap("feed");
        // Another document opened, checked, fixed, the fix undone, closed.
        XComponent doc = Fixtures.editable(office, other);
        try {
            lap("open");
            done(CommandCall.dispatch(office, doc, Command.CHECK.url(), Office.property("Interactive", false)), "check", at);
            done(CommandCall.dispatch(office, doc, Command.CHECK.url(), Office.property("Interactive", false),
                    Office.property("Apply", "all")), "fix all", at);
            XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            if (undo.isUndoPossible()) {
                undo.undo();
            }
            lap("check, fix");
            if (Boolean.getBoolean("thethuc.soak.noDialogs")) {
                return;
            }
            // The findings dialog, Fix all pressed, and the document closed under the open dialog.
            done(CommandCall.dispatch(office, doc, Command.CHECK.url()), "check dialog", at);
            XAccessibleContext findings = Accessibility.awaitDialog(office, Accessibility.CHECK_DIALOG_EN);
            lap("dialog");
            XAccessibleContext fixAll = button(findings, "Fix all");
            lap("find button");
            if (fixAll != null && Accessibility.enabled(fixAll)) {
                click(fixAll);
                Thread.sleep(Long.getLong("soak.delay", 0));
            }
        } finally {
            office.closeDoc(doc);
        }
        Accessibility.awaitClosed(office, Accessibility.CHECK_DIALOG_EN);
        lap("close");

        // The dialogs of the other commands, each opened and used or cancelled.
        XComponent blank = office.newTextDocument();
        try {
            done(CommandCall.dispatch(office, blank, Command.INSERT.url()), "insert dialog", at);
            XAccessibleContext insert = Accessibility.awaitDialog(office, InsertDialogIT.TITLE);
            Accessibility.type(insert, "Subject (trích yếu)", "Thực hiện công tác bình đẳng giới năm 2026");
            click(button(insert, "Insert"));
            Accessibility.awaitClosed(office, InsertDialogIT.TITLE);
            done(CommandCall.dispatch(office, blank, Command.SIGN.url()), "sign dialog", at);
            click(button(Accessibility.awaitDialog(office, SignDialogIT.TITLE), "Cancel"));
            Accessibility.awaitClosed(office, SignDialogIT.TITLE);
        } finally {
            office.closeDoc(blank);
        }
        XComponent fresh = office.newTextDocument();
        try {
            done(CommandCall.dispatch(office, fresh, Command.FEED.url()), "feed dialog", at);
            Accessibility.awaitDialog(office, FeedDialogIT.TITLE);
        } finally {
            // closed with the dialog open
            office.closeDoc(fresh);
        }
        Accessibility.awaitClosed(office, FeedDialogIT.TITLE);
        lap("dialogs");
    }

    private long lastLap = System.nanoTime();

    private static void done(CommandCall.Answer a, String what, String at) {
        assertEquals("DONE", a.status(), what + " at " + at + ": " + a.message());
    }

    private void lap(String what) {
        long now = System.nanoTime();
        if (Boolean.getBoolean("thethuc.soak.verbose")) {
            System.out.printf("  %-14s %6.0f ms%n", what, (now - lastLap) / 1e6);
        }
        lastLap = now;
    }

    private static void end(XComponent doc) {
        var controller = UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, doc).getCurrentController();
        UnoRuntime.queryInterface(com.sun.star.text.XTextViewCursorSupplier.class, controller).getViewCursor().gotoEnd(false);
    }

    /**
     * Ten documents in turn, so that from the tenth round on every one has been seen and the office's
     * caches are warm: corpus files in both formats, and real Word files, two of them Word 97–2003.
     */
    static final List<String> ROTATION = List.of("corpus/seed-000-sxd-binhphuoc-2024.docx",
            "corpus/seed-001-hadong-2024.odt", "real/lamdong-ubnd_giay-moi_45-GM-UBND_bcd-du-lieu.doc",
            "corpus/seed-002-thainguyen-2023.docx", "real/binhthuan-ubnd_cv_3083-UBND-NCKS_ket-qua-dai-hoi.docx",
            "corpus/seed-003-cantho-2019.odt", "real/laocai-ubnd_ke-hoach_KH-UBND_chi-thi-11-khoang-san.docx",
            "corpus/seed-004-bxd-congvan-2022.docx", "real/laocai-sct_cv_SCT-KT_2019_tkcs-mo-da.doc",
            "real/lamdong-ubnd_cv_UBND-NC_trien-khai-cv-3653-vpcp.docx");

    private static List<Path> others() {
        List<Path> files = ROTATION.stream().map(Fixtures.SHARED::resolve).toList();
        for (Path f : files) {
            assertTrue(Files.isRegularFile(f), "missing " + f);
        }
        String only = System.getProperty("thethuc.soak.only");
        return only == null ? files : files.stream().filter(f -> f.getFileName().toString().contains(only)).toList();
    }

    /**
     * This JVM's proxies of the office's objects (documents, windows, accessibility objects) hold them
     * in the office until collected here: released each round, the office's memory is the office's own.
     */
    @SuppressWarnings("deprecation")
    private static void releaseOurProxies() throws InterruptedException {
        System.gc();
        System.runFinalization();
        Thread.sleep(200);
    }

    /**
     * The Java proxies of LibreOffice's objects alive in the office's JVM (a full collection first):
     * what the extension still holds. Read with the JDK's jcmd.
     */
    static long liveProxies(Office office) throws Exception {
        Process p = new ProcessBuilder(Fixtures.JAVA.resolve("bin/jcmd").toString(), Long.toString(office.pid()),
                "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        for (String line : histogram.split("\n")) {
            if (line.endsWith(" com.sun.star.bridges.jni_uno.JNI_proxy")) {
                return Long.parseLong(line.trim().split("\\s+")[1]);
            }
        }
        return 0;
    }

    /**
     * Where the office's memory is (verbose soak only): anonymous and file-backed resident memory, and the
     * Java heap the office's JVM has committed — to tell LibreOffice's own growth from the JVM's.
     */
    static String memory(Office office) throws Exception {
        StringBuilder s = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(office.pid()), "status"))) {
            if (line.startsWith("RssAnon:") || line.startsWith("RssFile:")) {
                s.append(line.replaceAll("\\s+", " ")).append("; ");
            }
        }
        Process p = new ProcessBuilder(Fixtures.JAVA.resolve("bin/jcmd").toString(), Long.toString(office.pid()),
                "GC.heap_info").redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        for (String line : info.split("\n")) {
            if (line.contains("committed") || line.contains("Metaspace")) {
                s.append(line.trim()).append("; ");
            }
        }
        return s.toString();
    }

    /**
     * What glibc's allocator of the office holds and what of it is in use (the last {@code malloc_stats}
     * the office wrote to its log): memory in use that grows is a leak, memory held that grows alone is
     * the allocator keeping what was freed.
     */
    static String mallocInUse(Office office) throws Exception {
        Path log = office.profile().resolveSibling(office.profile().getFileName() + ".log");
        List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("Total (incl. mmap)") && i + 2 < lines.size()) {
                return "malloc " + lines.get(i + 1).trim() + ", " + lines.get(i + 2).trim();
            }
        }
        return "no malloc_stats in " + log;
    }

    /** The office's resident memory, from /proc. */
    static long rssKb(Office office) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(office.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new AssertionError("no VmRSS for " + office.pid());
    }
}
