package vn.thethuc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.thethuc.command.Command;
import vn.thethuc.i18n.Bundle;

/** The descriptors and the code agree: handler name, command URLs, and the titles users see. */
class DescriptorsTest {
    private static final Path DESCRIPTORS = Sources.BASEDIR.resolve("descriptors");

    private static Document parse(String name) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(DESCRIPTORS.resolve(name).toFile());
    }

    /** URL → {vi title, en title} for every menu and toolbar item of Addons.xcu. */
    private static Map<String, String[]> items(Document addons, String set) {
        Map<String, String[]> items = new LinkedHashMap<>();
        NodeList nodes = addons.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            if (!n.getAttributeNS("http://openoffice.org/2001/registry", "name").equals(set)) {
                continue;
            }
            NodeList props = n.getElementsByTagName("prop");
            String url = null;
            String[] titles = new String[2];
            for (int j = 0; j < props.getLength(); j++) {
                Element prop = (Element) props.item(j);
                String name = prop.getAttributeNS("http://openoffice.org/2001/registry", "name");
                NodeList values = prop.getElementsByTagName("value");
                for (int k = 0; k < values.getLength(); k++) {
                    Element v = (Element) values.item(k);
                    String lang = v.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
                    if (name.equals("URL")) {
                        if (url != null) {
                            items.put(url, titles);
                            titles = new String[2];
                        }
                        url = v.getTextContent();
                    } else if (name.equals("Title")) {
                        titles[lang.equals("vi") ? 0 : 1] = v.getTextContent();
                    }
                }
            }
            if (url != null) {
                items.put(url, titles);
            }
        }
        return items;
    }

    @Test
    void menuAndToolbarCarryTheFourCommandsWithTheBundleTitles() throws Exception {
        Document addons = parse("Addons.xcu");
        // a toolbar's items sit directly under its node (OfficeToolBar is a set of toolbars, each a set of items)
        for (String set : new String[] {"Submenu", "vn.thethuc.writer.toolbar"}) {
            Map<String, String[]> items = items(addons, set);
            assertEquals(Command.values().length, items.size(), set);
            for (Command c : Command.values()) {
                String[] titles = items.get(c.url());
                assertTrue(titles != null, set + " lacks " + c.url());
                assertEquals(Bundle.of(Bundle.VI).text(c.titleKey()), titles[0], set + " vi " + c.url());
                assertEquals(Bundle.of(Bundle.EN).text(c.titleKey()), titles[1], set + " en " + c.url());
            }
        }
    }

    /**
     * The toolbar has a name in View › Toolbars (WriterWindowState: a toolbar of Addons.xcu is named
     * addon_NODE there), and every command has a keyboard shortcut in Writer; every .xcu is in the manifest.
     */
    @Test
    void theToolbarIsNamedAndEveryCommandHasAShortcut() throws Exception {
        Document state = parse("WriterWindowState.xcu");
        NodeList nodes = state.getElementsByTagName("node");
        boolean named = false;
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            if (n.getAttributeNS("http://openoffice.org/2001/registry", "name")
                    .equals("private:resource/toolbar/addon_vn.thethuc.writer.toolbar")) {
                named = n.getTextContent().contains("Thể Thức");
            }
        }
        assertTrue(named, "the toolbar's UIName");
        String keys = java.nio.file.Files.readString(DESCRIPTORS.resolve("Accelerators.xcu"));
        for (Command c : Command.values()) {
            assertTrue(keys.contains(">" + c.url() + "<"), "no shortcut for " + c.url());
        }
        String manifest = java.nio.file.Files.readString(DESCRIPTORS.resolve("META-INF/manifest.xml"));
        try (var s = java.nio.file.Files.list(DESCRIPTORS)) {
            for (Path xcu : s.filter(p -> p.toString().endsWith(".xcu")).toList()) {
                assertTrue(manifest.contains("\"" + xcu.getFileName() + "\""), xcu + " not in the manifest");
            }
        }
    }

    /** LibreOffice refuses a whole extension over one malformed file, silently for the user. */
    @Test
    void everyDescriptorAndDialogIsWellFormedXml() throws Exception {
        java.util.List<Path> files;
        try (var s = java.nio.file.Files.walk(Sources.BASEDIR.resolve("descriptors"))) {
            files = new java.util.ArrayList<>(s.filter(p -> p.toString().matches(".*\\.(xml|xcu|xcs|components)$")).toList());
        }
        try (var s = java.nio.file.Files.walk(Sources.BASEDIR.resolve("dialogs"))) {
            files.addAll(s.filter(p -> p.toString().endsWith(".xdl")).toList());
        }
        assertTrue(files.size() >= 6, files.toString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path p : files) {
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            try {
                builder.parse(p.toFile());
            } catch (org.xml.sax.SAXException e) {
                throw new AssertionError(p + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void protocolHandlerIsRegisteredUnderItsClassName() throws Exception {
        String handler = vn.thethuc.uno.boot.ProtocolHandler.IMPLEMENTATION_NAME;
        assertTrue(Sources.read(DESCRIPTORS.resolve("ProtocolHandler.xcu")).contains("oor:name=\"" + handler + "\""));
        assertTrue(Sources.read(DESCRIPTORS.resolve("thethuc.components")).contains("name=\"" + handler + "\""));
        assertTrue(Sources.read(DESCRIPTORS.resolve("ProtocolHandler.xcu")).contains(Command.PROTOCOL + "*"));
    }
}
