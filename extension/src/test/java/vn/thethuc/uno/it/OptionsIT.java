package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.star.awt.XCheckBox;
import com.sun.star.awt.XContainerWindowEventHandler;
import com.sun.star.awt.XContainerWindowProvider;
import com.sun.star.awt.XControlContainer;
import com.sun.star.awt.XFixedText;
import com.sun.star.awt.XListBox;
import com.sun.star.awt.XTextComponent;
import com.sun.star.awt.XWindow;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.settings.Settings;

/** Tools › Options › LibreOffice Writer › Thể Thức, driven as the options dialog drives it: its pages and their handler. */
class OptionsIT extends WithOffice {
    static final String PAGE = "vnd.sun.star.extension://vn.thethuc.writer/dialogs/Options.xdl";
    static final String SIGNING = "vnd.sun.star.extension://vn.thethuc.writer/dialogs/OptionsSigning.xdl";

    /** The page as the options dialog makes it, initialized; the caller disposes it and closes {@code doc}. */
    record Page(XWindow window, XContainerWindowEventHandler handler, XControlContainer controls) {
        void event(String name) throws Exception {
            handler.callHandlerMethod(window, name, "external_event");
        }

        String text(String id) {
            return UnoRuntime.queryInterface(XTextComponent.class, controls.getControl(id)).getText();
        }

        String label(String id) {
            return UnoRuntime.queryInterface(XFixedText.class, controls.getControl(id)).getText();
        }

        boolean enabled(String id) throws Exception {
            return (Boolean) UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class,
                    controls.getControl(id).getModel()).getPropertyValue("Enabled");
        }
    }

    static Page open(Office office, XComponent doc) throws Exception {
        return open(office, doc, PAGE);
    }

    static Page open(Office office, XComponent doc, String url) throws Exception {
        XWindowPeer parent = UnoRuntime.queryInterface(XWindowPeer.class,
                UnoRuntime.queryInterface(XModel.class, doc).getCurrentController().getFrame().getContainerWindow());
        XContainerWindowEventHandler handler = UnoRuntime.queryInterface(XContainerWindowEventHandler.class,
                office.context().getServiceManager().createInstanceWithContext("vn.thethuc.uno.boot.OptionsHandler",
                        office.context()));
        XContainerWindowProvider provider = office.service(XContainerWindowProvider.class,
                "com.sun.star.awt.ContainerWindowProvider");
        XWindow window = provider.createContainerWindow(url, "", parent, handler);
        Page page = new Page(window, handler, UnoRuntime.queryInterface(XControlContainer.class, window));
        page.event("initialize");
        return page;
    }

    @Test
    void aSettingChangedInTheOptionsPagePersistsAcrossARestart() throws Exception {
        Config.setUiLocale(office, "en-US");
        XComponent doc = office.newTextDocument();
        try {
            Page agency = open(office, doc);
            Page page = open(office, doc, SIGNING);
            assertEquals("Timestamp server", page.label("l_tsaUrl"));
            assertEquals("", page.label("lockedNote"), "nothing is locked without a policy");
            UnoRuntime.queryInterface(XTextComponent.class, page.controls().getControl("tsaUrl"))
                    .setText("https://tsa.example.vn/tsr");
            UnoRuntime.queryInterface(XTextComponent.class, agency.controls().getControl("agencyName")).setText("SỞ Y TẾ");
            XListBox gate = UnoRuntime.queryInterface(XListBox.class, page.controls().getControl("gatePolicy"));
            assertEquals(java.util.List.of("Block: do not sign", "Sign, with a warning", "Do not check"),
                    java.util.List.of(gate.getItems()), "the values as a person reads them");
            gate.selectItemPos((short) 1, true);
            XCheckBox allowHttp = UnoRuntime.queryInterface(XCheckBox.class, page.controls().getControl("allowHttp"));
            allowHttp.setState((short) 1);
            XCheckBox certify = UnoRuntime.queryInterface(XCheckBox.class, page.controls().getControl("certify"));
            assertEquals(1, certify.getState(), "the signer's signature certifies by default");
            certify.setState((short) 0);
            agency.event("ok");
            page.event("ok");
            UnoRuntime.queryInterface(XComponent.class, agency.window()).dispose();
            UnoRuntime.queryInterface(XComponent.class, page.window()).dispose();
        } finally {
            Office.closeDocument(doc);
        }
        Path profile = office.profile();
        office.close();
        office = Office.start(profile, Fixtures.JAVA);
        var settings = UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class,
                office.service(com.sun.star.lang.XMultiServiceFactory.class, "com.sun.star.configuration.ConfigurationProvider")
                        .createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                new Object[] {Office.property("nodepath", Settings.NODE)}));
        assertEquals("https://tsa.example.vn/tsr", settings.getPropertyValue("tsaUrl"));
        assertEquals("SỞ Y TẾ", settings.getPropertyValue("agencyName"));
        assertEquals("warn", settings.getPropertyValue("gatePolicy"));
        assertEquals(true, settings.getPropertyValue("allowHttp"));
        assertEquals(false, settings.getPropertyValue("certify"));
    }
}
