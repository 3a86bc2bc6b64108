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

    /** A template made on another day: the document made from it still gets today's date. */
    @Test
    void aDocumentFromAnOldTemplateGetsTodaysDate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop());
        XComponent template = loader.loadComponentFromURL(templateUrl("cong-van"), "_blank", 0,
                new com.sun.star.beans.PropertyValue[] {Office.property("Hidden", true), Office.property("AsTemplate", false)});
        java.nio.file.Path old = dir.resolve("cong-van-2020.ott");
        try {
            var marks = UnoRuntime.queryInterface(com.sun.star.text.XBookmarksSupplier.class, template).getBookmarks();
            UnoRuntime.queryInterface(com.sun.star.text.XTextContent.class, marks.getByName("VB_NgayThang")).getAnchor()
                    .setString("Thái Nguyên, ngày 01 tháng 01 năm 2020");
            UnoRuntime.queryInterface(com.sun.star.frame.XStorable.class, template).storeToURL(old.toUri().toString(),
                    new com.sun.star.beans.PropertyValue[] {Office.property("FilterName", "writer8_template")});
        } finally {
            Office.closeDocument(template);
        }
        XComponent doc = loader.loadComponentFromURL(old.toUri().toString(), "_blank", 0,
                new com.sun.star.beans.PropertyValue[] {Office.property("Hidden", true), Office.property("AsTemplate", true)});
        try {
            String text = Checks.normalized(Checks.report(office, doc, "draft", null));
            assertTrue(!text.contains("năm 2020"), text);
            assertTrue(text.contains(Layout.dateLine("Thái Nguyên", vn.thethuc.document.VietnamTime.today())), text);
        } finally {
            Office.closeDocument(doc);
        }
    }

    /** Settings pushed by IT (or set by the user) make the templates the agency's own. */
    @Test
    void aDocumentFromATemplateCarriesTheAgencyOfTheSettings() throws Exception {
        String node = vn.thethuc.uno.settings.Settings.NODE;
        java.util.Map<String, String> agency = java.util.Map.of("parentAgency", "UBND THÀNH PHỐ CẦN THƠ",
                "agencyName", "SỞ TƯ PHÁP", "agencyCode", "STP", "unitCode", "PBGDPL", "place", "Cần Thơ",
                "signerName", "Trần Thị Bình");
        for (var e : agency.entrySet()) {
            vn.thethuc.uno.office.Config.set(office, node, e.getKey(), e.getValue());
        }
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop());
        XComponent doc = null;
        try {
            doc = loader.loadComponentFromURL(templateUrl("ke-hoach"), "_blank", 0, new com.sun.star.beans.PropertyValue[] {
                Office.property("Hidden", true), Office.property("AsTemplate", true)});
            JsonObject draft = Checks.report(office, doc, "draft", null);
            String text = Checks.normalized(draft);
            String today = Layout.dateLine("Cần Thơ", vn.thethuc.document.VietnamTime.today());
            for (String expected : List.of("UBND THÀNH PHỐ CẦN THƠ", "SỞ TƯ PHÁP", "/KH-STP", today,
                    "Sở Tư pháp xây dựng Kế hoạch", "- Lưu: VT, PBGDPL.", "Trần Thị Bình")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertTrue(!text.contains("SỞ Y TẾ"), "the sample agency is gone");
            assertEquals(List.of(), Checks.besidesPlaceholders(Checks.problems(draft)));
            assertTrue(!UnoRuntime.queryInterface(com.sun.star.util.XModifiable.class, doc).isModified());
        } finally {
            if (doc != null) {
                Office.closeDocument(doc);
            }
            for (String key : agency.keySet()) {
                vn.thethuc.uno.office.Config.set(office, node, key, "");
            }
        }
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
            String today = Layout.dateLine("Thái Nguyên", vn.thethuc.document.VietnamTime.today());
            assertTrue(Checks.normalized(draft).contains(today), "the date line is not today's: " + today);
            assertEquals(List.of(), Checks.besidesPlaceholders(Checks.problems(draft)), "draft mode: nothing but the placeholders");
            List<String> issue = Checks.besidesPlaceholders(Checks.problems(Checks.report(office, doc, "issue", null)))
                    .stream().map(p -> p.substring(0, p.indexOf(" | "))).toList();
            assertEquals(List.of("ND30.SO_KY_HIEU.FORMAT ERROR"), issue, "issue mode: the blank number (and the placeholders)");
            // a Vietnamese document: its own default language (spelling, hyphenation, the PDF's /Lang)
            var defaults = UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, doc);
            var locale = (com.sun.star.lang.Locale) defaults.getPropertyValue("CharLocale");
            assertEquals("vi-VN", locale.Language + "-" + locale.Country);
        } finally {
            Office.closeDocument(doc);
        }
    }
}
