package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thethuc.uno.it.Accessibility.await;
import static vn.thethuc.uno.it.Accessibility.button;
import static vn.thethuc.uno.it.Accessibility.click;

import com.sun.star.accessibility.AccessibleRole;
import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.accessibility.XAccessibleSelection;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.feed.Feed;
import vn.thethuc.feed.FeedReader;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Office;

/**
 * Lấy nhiệm vụ từ kế hoạch cấp trên… as a Sở Y tế official meets it: the feed of her settings fetched,
 * the parent plan shown, her tasks listed and chosen, Chèn, the plan passing the check; a fetch stopped;
 * LibreOffice's proxy used.
 */
class FeedDialogIT extends WithOffice {
    static final String TITLE = "Thể Thức — Take tasks from the parent plan";
    static final String SETTINGS = "/vn.thethuc.writer.Settings/Settings";
    static Feed feed;

    @BeforeAll
    static void aSởYTếOfficial() throws Exception {
        Config.setUiLocale(office, "en-US");
        Config.set(office, SETTINGS, "feedUrl", FeedIT.FEED.toString());
        Config.set(office, SETTINGS, "agencyCode", "SYT");
        feed = FeedReader.read(Files.readAllBytes(FeedIT.FEED));
    }

    @AfterAll
    static void settingsBack() throws Exception {
        Config.set(office, SETTINGS, "feedUrl", "");
        Config.set(office, SETTINGS, "agencyCode", "");
        Config.set(office, "/org.openoffice.Inet/Settings", "ooInetProxyType", 0);
    }

    static XAccessibleContext open(XComponent doc) throws Exception {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.FEED.url());
        assertEquals("DONE", a.status(), a.message());
        return Accessibility.awaitDialog(office, TITLE);
    }

    static void awaitClosed() throws Exception {
        Accessibility.awaitClosed(office, TITLE);
    }

    /** The task list: its lines as the user reads them, and a way to choose some. */
    static XAccessibleContext taskList(XAccessibleContext d) {
        XAccessibleContext list = Accessibility.find(d, c -> {
            try {
                return c.getAccessibleRole() == AccessibleRole.LIST && c.getAccessibleChildCount() > 1
                        && c.getAccessibleChild(1).getAccessibleContext().getAccessibleName().contains(" [");
            } catch (com.sun.star.lang.IndexOutOfBoundsException e) {
                return false;
            }
        }, 0);
        assertTrue(list != null, "no task list");
        return list;
    }

    static List<String> lines(XAccessibleContext list) throws Exception {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getAccessibleChildCount(); i++) {
            out.add(list.getAccessibleChild(i).getAccessibleContext().getAccessibleName());
        }
        return out;
    }

    /** Chooses exactly the lines of {@code taskIds}, as a user clicking them would. */
    static void choose(XAccessibleContext list, String... taskIds) throws Exception {
        XAccessibleSelection selection = UnoRuntime.queryInterface(XAccessibleSelection.class, list);
        selection.clearAccessibleSelection();
        List<String> lines = lines(list);
        for (String id : taskIds) {
            int i = lines.indexOf(lines.stream().filter(l -> l.strip().startsWith(id + " [")).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for task " + id)));
            selection.selectAccessibleChild(i);
        }
    }

    @Test
    void herTasksFromTheFeedOfHerSettingsMakeAPlanThatPassesTheCheck() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            String before = Checks.normalized(Checks.report(office, doc, "draft", null));
            XAccessibleContext d = open(doc);
            Accessibility.awaitLabel(d, "Plan No. 59/KH-UBND of 13/4/2023 by Ủy ban nhân dân tỉnh Thái Nguyên");
            int tasks = feed.concerning("SYT").size();
            Accessibility.awaitLabel(d, "Tasks for your agency: " + tasks + " (0 already in");
            List<String> lines = lines(taskList(d));
            assertTrue(lines.stream().anyMatch(l -> l.contains("[lead]")), "lead marked");
            assertTrue(lines.stream().anyMatch(l -> l.contains("[support")), "support marked");
            assertTrue(lines.stream().anyMatch(l -> l.contains("(through Các sở")), "group resolved: " + lines);
            assertTrue(lines.contains("II. NỘI DUNG THỰC HIỆN / 1. Nghiên cứu hoàn thiện thể chế, chính sách, pháp luật "
                    + "về bình đẳng giới"), "grouped by the parent's sections: " + lines.subList(0, 3));
            Accessibility.awaitLabel(d, "Thực hiện Kế hoạch số 59/KH-UBND ngày 13/4/2023 của UBND tỉnh"); // the preview
            assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)), "nothing in yet");

            click(button(d, "Insert"));
            awaitClosed();
            assertEquals(tasks, FeedIT.taskMarks(doc));
            var report = Checks.report(office, doc, "draft", null);
            assertEquals(List.of(), FeedIT.linkRules(report), "linked and covered");
            assertEquals(List.of(), Checks.problems(report).stream().filter(p -> p.contains(" ERROR ")).toList(),
                    "no error in draft");
            var undo = UnoRuntime.queryInterface(com.sun.star.document.XUndoManagerSupplier.class, doc).getUndoManager();
            undo.undo();
            assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)), "one undo step");
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void onALinkedPlanTasksInAreShownChosenOnesGoUnderTheirSectionAndOneIsMarkedNotApplicable() throws Exception {
        List<String> ids = feed.concerning("SYT").stream().map(a -> a.task().id()).toList();
        XComponent doc = office.newTextDocument();
        try {
            assertEquals("DONE", FeedIT.take(doc, String.join(",", ids.subList(0, 3))).status());
            XAccessibleContext d = open(doc);
            Accessibility.awaitLabel(d, "Tasks for your agency: " + ids.size() + " (3 already in");
            List<String> lines = lines(taskList(d));
            assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith(ids.get(0) + " [") && l.contains("— already in")),
                    lines.toString());

            choose(taskList(d), ids.get(5));
            Accessibility.type(d, "Reason it does not apply", "Không thuộc chức năng, nhiệm vụ của Sở Y tế.");
            click(button(d, "Mark not applicable"));
            Accessibility.awaitLabel(d, "Marked 1 tasks not applicable");
            assertTrue(lines(taskList(d)).stream().anyMatch(l -> l.strip().startsWith(ids.get(5) + " [")
                    && l.contains("— not applicable: Không thuộc chức năng")));

            choose(taskList(d), ids.get(3), ids.get(20));
            click(button(d, "Insert"));
            awaitClosed();
            assertEquals(5, FeedIT.taskMarks(doc));
            List<String> coverage = FeedIT.linkRules(Checks.report(office, doc, "draft", null)).stream()
                    .filter(r -> r.startsWith("KH.COVERAGE")).toList();
            assertEquals(ids.size() - 5 - 1, coverage.size(), "the task not applicable is covered by its reason");
            assertTrue(coverage.stream().noneMatch(r -> r.contains("Task " + ids.get(5) + " ")), coverage.toString());

            List<String> texts = new ArrayList<>();
            Checks.report(office, doc, "draft", null).getAsJsonObject("snapshot").getAsJsonArray("paragraphs")
                    .forEach(p -> texts.add(p.getAsJsonObject().get("text").getAsString()));
            int partII = texts.indexOf("II. NHIỆM VỤ, GIẢI PHÁP");
            int partIII = texts.indexOf("III. KINH PHÍ THỰC HIỆN");
            for (String id : List.of(ids.get(3), ids.get(20))) {
                String text = feed.concerning("SYT").stream().filter(a -> a.task().id().equals(id)).findFirst()
                        .orElseThrow().task().text();
                int at = texts.stream().filter(t -> t.startsWith("- " + text)).findFirst().map(texts::indexOf).orElse(-1);
                assertTrue(partII < at && at < partIII, id + " in the tasks part: " + partII + " < " + at + " < " + partIII);
            }
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void aFetchThatTakesTooLongIsStoppedAndLibreOfficesProxyIsUsed() throws Exception {
        List<String> proxied = Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                ServerSocket proxy = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread proxyThread = new Thread(() -> {
                try (Socket s = proxy.accept()) {
                    proxied.add(new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream()))
                            .readLine());
                    // as a proxy that cannot reach the host answers
                    s.getOutputStream().write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".getBytes());
                    s.getOutputStream().flush();
                } catch (java.io.IOException e) {
                    // closed
                }
            });
            proxyThread.setDaemon(true);
            proxyThread.start();
            XComponent doc = office.newTextDocument();
            try {
                String before = Checks.normalized(Checks.report(office, doc, "draft", null));
                XAccessibleContext d = open(doc);
                Accessibility.awaitLabel(d, "Plan No. 59/KH-UBND");
                // A server that accepts and never answers: the user stops waiting.
                Accessibility.type(d, "Feed (file, https://)", "https://127.0.0.1:" + silent.getLocalPort() + "/59.json");
                click(button(d, "Load"));
                Accessibility.awaitLabel(d, "Loading https://127.0.0.1:" + silent.getLocalPort());
                click(await(d, c -> c.getAccessibleRole() == AccessibleRole.PUSH_BUTTON
                        && c.getAccessibleName().replace("~", "").equals("Stop loading"), "Stop loading"));
                Accessibility.awaitLabel(d, "Loading stopped; the document was not changed.");
                assertTrue(button(d, "Cancel") != null, "the dialog stays, ready for another source");

                // LibreOffice's proxy (Tools › Options › Internet › Proxy, manual) carries the request.
                Config.set(office, "/org.openoffice.Inet/Settings", "ooInetHTTPSProxyName", "127.0.0.1");
                Config.set(office, "/org.openoffice.Inet/Settings", "ooInetHTTPSProxyPort", proxy.getLocalPort());
                Config.set(office, "/org.openoffice.Inet/Settings", "ooInetProxyType", 2);
                Accessibility.type(d, "Feed (file, https://)", "https://kehoach.thainguyen.gov.vn/59-KH-UBND.json");
                click(button(d, "Load"));
                Accessibility.awaitLabel(d, "Cannot reach https://kehoach.thainguyen.gov.vn/59-KH-UBND.json");
                assertEquals(List.of("CONNECT kehoach.thainguyen.gov.vn:443 HTTP/1.1"), proxied);
                click(button(d, "Cancel"));
                awaitClosed();
                assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)));
                assertFalse(UnoRuntime.queryInterface(com.sun.star.document.XUndoManagerSupplier.class, doc)
                        .getUndoManager().isUndoPossible());
            } finally {
                Config.set(office, "/org.openoffice.Inet/Settings", "ooInetProxyType", 0);
                Office.closeDocument(doc);
            }
        }
    }
}
