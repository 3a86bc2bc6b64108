package vn.thethuc.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.thethuc.i18n.Refusal;

class PolicyPackTest {
    static final String CAN_THO = """
            {"agencyName": "SỞ TƯ PHÁP", "parentAgency": "UBND THÀNH PHỐ CẦN THƠ", "agencyCode": "STP",
             "place": "Cần Thơ", "gatePolicy": "block", "allowHttp": false,
             "disabledRules": ["ND30.CAPS.AGENCY"], "signerName": "Trần Thị <Bình> & cộng sự"}
            """;

    /** The keys and types the core knows are exactly those of the configuration schema. */
    @Test
    void keysAreTheSchemas() throws Exception {
        Path xcs = Path.of(System.getProperty("thethuc.basedir", ".")).resolve("descriptors/Settings.xcs");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xcs.toFile());
        NodeList groups = doc.getElementsByTagName("group");
        Element settings = null;
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("oor:name").equals("Settings")) {
                settings = (Element) groups.item(i);
            }
        }
        NodeList props = settings.getElementsByTagName("prop");
        Map<String, PolicyPack.Type> schema = new LinkedHashMap<>();
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            String type = p.getAttribute("oor:type");
            schema.put(p.getAttribute("oor:name"), switch (type) {
                case "xs:boolean" -> PolicyPack.Type.BOOLEAN;
                case "xs:int" -> PolicyPack.Type.INTEGER;
                case "oor:string-list" -> PolicyPack.Type.STRING_LIST;
                default -> PolicyPack.Type.STRING;
            });
        }
        assertEquals(schema, PolicyPack.KEYS);
    }

    @Test
    void everyGivenSettingIsSetAndLocked() throws Exception {
        PolicyPack p = PolicyPack.fromJson(CAN_THO);
        assertEquals("vn.thethuc.policy.stp", p.identifier());
        String xcu = p.xcu();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xcu.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        NodeList props = doc.getElementsByTagName("prop");
        assertEquals(8, props.getLength());
        for (int i = 0; i < props.getLength(); i++) {
            assertEquals("true", ((Element) props.item(i)).getAttribute("oor:finalized"), xcu);
        }
        assertTrue(xcu.contains("<value>Trần Thị &lt;Bình&gt; &amp; cộng sự</value>"), xcu);
        assertTrue(xcu.contains("<value><it>ND30.CAPS.AGENCY</it></value>"), xcu);
        assertTrue(xcu.contains("<value>false</value>"), xcu);
    }

    @Test
    void theOxtHoldsDescriptionManifestAndSettings() throws Exception {
        byte[] oxt = PolicyPack.fromJson(CAN_THO).oxt("2026.11.23");
        List<String> names = new ArrayList<>();
        String description = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(oxt))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().equals("description.xml")) {
                    description = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(List.of("description.xml", "META-INF/manifest.xml", "Policy.xcu"), names);
        assertTrue(description.contains("<identifier value=\"vn.thethuc.policy.stp\"/>")
                && description.contains("<version value=\"2026.11.23\"/>")
                && description.contains("chính sách của SỞ TƯ PHÁP"), description);
    }

    @Test
    void theSignerAuthoritiesAreThoseOfTheLayout() {
        assertEquals(vn.thethuc.plan.Spec.AUTHORITIES, java.util.Set.copyOf(PolicyPack.choices("signerAuthority")));
    }

    @Test
    void badPoliciesAreRefusedWithTheirReason() {
        assertEquals("policy.malformed", assertThrows(Refusal.class, () -> PolicyPack.fromJson("{")).key());
        assertEquals("policy.empty", assertThrows(Refusal.class, () -> PolicyPack.fromJson("{}")).key());
        assertEquals("policy.unknownKey", assertThrows(Refusal.class,
                () -> PolicyPack.fromJson("{\"agency\": \"SỞ TƯ PHÁP\"}")).key());
        assertEquals("policy.notBoolean", assertThrows(Refusal.class,
                () -> PolicyPack.fromJson("{\"allowHttp\": \"yes\"}")).key());
        assertEquals("policy.notList", assertThrows(Refusal.class,
                () -> PolicyPack.fromJson("{\"disabledRules\": \"ND30.CAPS.AGENCY\"}")).key());
        Refusal choice = assertThrows(Refusal.class, () -> PolicyPack.fromJson("{\"gatePolicy\": \"maybe\"}"));
        assertEquals("policy.choice", choice.key());
        assertEquals("«gatePolicy» không nhận giá trị «maybe»; dùng một trong: block, warn, off.",
                choice.message(vn.thethuc.i18n.Bundle.of("vi")));
        assertEquals("policy.notText", assertThrows(Refusal.class,
                () -> PolicyPack.fromJson("{\"agencyName\": 5}")).key());
    }
}
