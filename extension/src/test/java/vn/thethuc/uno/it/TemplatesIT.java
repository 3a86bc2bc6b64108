package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.sun.star.deployment.XPackageInformationProvider;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.lang.XComponent;
import com.sun.star.ucb.XSimpleFileAccess;
import com.sun.star.uno.UnoRuntime;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thethuc.plan.Layout;
import vn.thethuc.uno.office.Office;

/** The templates the .oxt ships: listed in File › New › Templates, and a document made from each passes the check. */
class TemplatesIT extends WithOffice {

    static String templateUrl(String file) throws Exception {
        XPackageInformationProvider info = UnoRuntime.queryInterface(XPackageInformationProvider.class,
                office.context().getValueByName("/singletons/com.sun.star.deployment.PackageInformationProvider"));
        String root = info.getPackageLocation("vn.thethuc.writer");
        assertTrue(!root.isEmpty(), "the extension is not installed");
        return root + "/templates/vanbanhanhchinh/" + file + ".ott";
    }

    @Test
    void theCategoryIsListedUnderItsVietnameseName() throws Exception {
        var templates = office.service(com.sun.star.frame.XDocumentTemplates.class,
                "com.sun.star.frame.DocumentTemplates");
        templates.update();
        XSimpleFileAccess files = office.service(XSimpleFileAccess.class, "com.sun.star.ucb.SimpleFileAccess");
        // The template hierarchy: [a locale level] / group, by its UI name / template, by its title.
        String group = folderOf(files, "Văn bản hành chính");
        List<String> titles = Arrays.stream(files.getFolderContents(group, false)).map(TemplatesIT::name).sorted().toList();
        assertEquals(List.of("Báo cáo", "Chương trình", "Công văn", "Hướng dẫn", "Kế hoạch", "Quyết định", "Thông báo",
                "Tờ trình"), titles);
    }

    private static String name(String url) {
        return URLDecoder.decode(url.substring(url.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private static String folderOf(XSimpleFileAccess files, String group) throws Exception {
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of("vnd.sun.star.hier:/templates"));
        while (!todo.isEmpty()) {
            String folder = todo.pop();
            if (name(folder).equals(group)) {
                return folder;
            }
            for (String child : files.getFolderContents(folder, true)) {
                if (files.isFolder(child)) {
                    todo.push(child);
                }
            }
        }
        throw new AssertionError("no template group " + group);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ke-hoach", "cong-van", "bao-cao", "quyet-dinh", "to-trinh", "thong-bao", "huong-dan",
        "chuong-trinh"})
    void aDocumentFromEachTemplateHasTodaysDateAndPassesTheCheck(String file) throws Exception {
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop());
        XComponent doc = loader.loadComponentFromURL(templateUrl(file), "_blank", 0, new com.sun.star.beans.PropertyValue[] {
            Office.property("Hidden", true), Office.property("AsTemplate", true)});
        try {
            JsonObject draft = Checks.report(office, doc, "draft", null);
            String today = Layout.dateLine("Thái Nguyên", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
            assertTrue(Checks.normalized(draft).contains(today), "the date line is not today's: " + today);
            assertEquals(List.of(), Checks.problems(draft), "draft mode");
            List<String> issue = Checks.problems(Checks.report(office, doc, "issue", null)).stream()
                    .map(p -> p.substring(0, p.indexOf(" | "))).toList();
            assertEquals(List.of("ND30.SO_KY_HIEU.FORMAT ERROR"), issue, "issue mode: only the blank number");
        } finally {
            Office.closeDocument(doc);
        }
    }
}
