package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyAttribute;
import com.sun.star.beans.XPropertySet;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.policy.PolicyPack;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Extensions;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.settings.Settings;

/**
 * The administrator's policy pack for Sở Tư pháp Cần Thơ, installed for all users (the shared
 * repository of the LibreOffice installation: needs root, as CI runs): the settings are the pack's and
 * locked, and a new plan carries the agency with no setting touched.
 */
class PolicyIT extends WithOffice {
    static final String POLICY = """
            {"agencyName": "SỞ TƯ PHÁP", "parentAgency": "UBND THÀNH PHỐ CẦN THƠ", "agencyCode": "STP",
             "unitCode": "PBGDPL", "place": "Cần Thơ", "signerAuthority": "KT.", "headTitle": "GIÁM ĐỐC",
             "signerTitle": "PHÓ GIÁM ĐỐC", "signerName": "Trần Thị Bình", "gatePolicy": "block"}
            """;

    static Object settingsAccess(boolean update) throws Exception {
        XMultiServiceFactory provider = office.service(XMultiServiceFactory.class,
                "com.sun.star.configuration.ConfigurationProvider");
        return provider.createInstanceWithArguments(update ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                : "com.sun.star.configuration.ConfigurationAccess", new Object[] {Office.property("nodepath", Settings.NODE)});
    }

    static void restart() throws Exception {
        Path profile = office.profile();
        office.close();
        office = Office.start(profile, Fixtures.JAVA);
    }

    @Test
    void aSharedPolicyPackSetsAndLocksTheAgencyForEveryUser() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "installing for all users writes into the LibreOffice installation: root only (as CI runs)");
        PolicyPack pack = PolicyPack.fromJson(POLICY);
        Path oxt = Files.createTempDirectory("thethuc-policy-").resolve("thethuc-policy-stp.oxt");
        Files.write(oxt, pack.oxt("1.0"));
        // As IT deploys: the extension and the pack for all users (the user's own copy goes), then the
        // user's LibreOffice starts.
        Extensions extensions = new Extensions(office);
        extensions.install(Fixtures.OXT, "shared");
        extensions.install(oxt, "shared", pack.identifier());
        extensions.remove(Extensions.IDENTIFIER, "user");
        restart();
        try {
            XPropertySet values = UnoRuntime.queryInterface(XPropertySet.class, settingsAccess(false));
            assertEquals("SỞ TƯ PHÁP", values.getPropertyValue("agencyName"));
            assertEquals("block", values.getPropertyValue("gatePolicy"));
            XPropertySet update = UnoRuntime.queryInterface(XPropertySet.class, settingsAccess(true));
            for (String key : pack.values().keySet()) {
                short attributes = update.getPropertySetInfo().getPropertyByName(key).Attributes;
                assertTrue((attributes & PropertyAttribute.READONLY) != 0, key + " is not finalized");
            }
            assertThrows(Exception.class, () -> update.setPropertyValue("gatePolicy", "off"),
                    "a user must not weaken the gate");
            short free = update.getPropertySetInfo().getPropertyByName("tsaUrl").Attributes;
            assertEquals(0, free & PropertyAttribute.READONLY, "a setting the policy leaves alone stays the user's");

            // The Options page shows the locked settings read-only, with a note saying so.
            vn.thethuc.uno.office.Config.setUiLocale(office, "en-US");
            XComponent blank = office.newTextDocument();
            try {
                OptionsIT.Page page = OptionsIT.open(office, blank);
                OptionsIT.Page signing = OptionsIT.open(office, blank, OptionsIT.SIGNING);
                assertEquals("SỞ TƯ PHÁP", page.text("agencyName"));
                assertTrue(!page.enabled("agencyName") && !signing.enabled("gatePolicy") && signing.enabled("tsaUrl"));
                UnoRuntime.queryInterface(XComponent.class, signing.window()).dispose();
                assertTrue(page.label("lockedNote").startsWith("Your administrator locked these settings")
                        && page.label("lockedNote").contains("Issuing agency"), page.label("lockedNote"));
                UnoRuntime.queryInterface(com.sun.star.awt.XTextComponent.class, page.controls().getControl("agencyName"))
                        .setText("SỞ KHÁC");
                page.event("ok");
                assertEquals("SỞ TƯ PHÁP", UnoRuntime.queryInterface(XPropertySet.class, settingsAccess(false))
                        .getPropertyValue("agencyName"), "a locked setting is not stored");
                UnoRuntime.queryInterface(XComponent.class, page.window()).dispose();
            } finally {
                Office.closeDocument(blank);
            }

            // A user's new plan, no setting touched: the dialog's defaults (the command without a spec).
            XComponent doc = office.newTextDocument();
            try {
                CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.INSERT.url(),
                        Office.property("Interactive", false), Office.property("Type", "KH"));
                assertEquals("DONE", a.status(), a.message());
                String text = Checks.normalized(Checks.report(office, doc, "draft", null));
                for (String expected : List.of("UBND THÀNH PHỐ CẦN THƠ", "SỞ TƯ PHÁP", "/KH-STP", "Cần Thơ, ngày",
                        "Sở Tư pháp xây dựng Kế hoạch", "- Lưu: VT, PBGDPL.", "Trần Thị Bình")) {
                    assertTrue(text.contains(expected), expected + " in " + text);
                }
            } finally {
                Office.closeDocument(doc);
            }
        } finally {
            Extensions cleanup = new Extensions(office);
            cleanup.remove(pack.identifier(), "shared");
            cleanup.remove(Extensions.IDENTIFIER, "shared");
            cleanup.install(Fixtures.OXT, "user");
            restart();
        }
    }
}
