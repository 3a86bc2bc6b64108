package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The .oxt holds what LibreOffice needs, and none of LibreOffice's own jars. */
class OxtPackageIT {
    @Test
    void containsTheDescriptorsTheJarAndItsLibraries() throws IOException {
        try (ZipFile oxt = new ZipFile(Fixtures.OXT.toFile())) {
            List<String> names = oxt.stream().map(ZipEntry::getName).toList();
            for (String required : List.of("description.xml", "META-INF/manifest.xml", "thethuc.components",
                    "thethuc.jar", "Addons.xcu", "ProtocolHandler.xcu", "icons/thethuc.png",
                    "registration/license_vi.txt", "registration/license_en.txt",
                    "description/description_vi.txt", "description/description_en.txt")) {
                assertTrue(names.contains(required), "missing " + required);
            }
            for (String lib : List.of("lib/gson-", "lib/openpdf-3", "lib/bcprov-", "lib/bcpkix-")) {
                assertTrue(names.stream().anyMatch(n -> n.startsWith(lib)), "missing " + lib);
            }
            List<String> unoJars = names.stream().filter(n -> n.matches(
                    "(.*/)?(libreoffice[^/]*|juh[^/]*|jurt[^/]*|ridl[^/]*|unoil[^/]*)\\.jar")).toList();
            assertEquals(List.of(), unoJars, "the UNO API must come from LibreOffice, not the .oxt");
        }
    }

    @Test
    void descriptionNamesTheExtensionInBothLanguages() throws IOException {
        try (ZipFile oxt = new ZipFile(Fixtures.OXT.toFile())) {
            String d = new String(oxt.getInputStream(oxt.getEntry("description.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(d.contains("<identifier value=\"vn.thethuc.writer\"/>"), d);
            assertTrue(d.contains("<version value=\"" + vn.thethuc.Version.get() + "\"/>"), d);
            assertTrue(d.contains("LibreOffice-minimal-version value=\"7.4\""), d);
            assertTrue(d.contains("<name lang=\"vi\">") && d.contains("<name lang=\"en\">"), d);
            assertTrue(d.contains("simple-license") && d.contains("<icon>"), d);
        }
    }

    @Test
    void jarRegistersItselfAndItsEntryPointsLoadOnOldJava() throws IOException {
        try (ZipFile oxt = new ZipFile(Fixtures.OXT.toFile())) {
            byte[] jar = oxt.getInputStream(oxt.getEntry("thethuc.jar")).readAllBytes();
            try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
                Manifest m = in.getManifest();
                assertEquals("vn.thethuc.uno.boot.Registration", m.getMainAttributes().getValue("RegistrationClassName"));
                assertTrue(m.getMainAttributes().getValue("Class-Path").contains("lib/gson-"));
                boolean sawBoot = false;
                boolean sawCore = false;
                for (java.util.jar.JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                    if (!e.getName().endsWith(".class")) {
                        continue;
                    }
                    assertFalse(e.getName().matches("vn/thethuc/uno/(cli|serve|bench)/.*"),
                            e.getName() + " is the launcher's, not the extension's");
                    int major = majorVersion(in);
                    if (e.getName().startsWith("vn/thethuc/uno/boot/") || e.getName().matches("vn/thethuc/i18n/Bundle(\\$.*)?\\.class")) {
                        assertEquals(52, major, e.getName() + " must load on Java 8 to explain that Java is too old");
                        sawBoot = true;
                    } else {
                        assertEquals(65, major, e.getName() + " is compiled for Java 21");
                        sawCore = true;
                    }
                }
                assertTrue(sawBoot && sawCore);
            }
        }
    }

    private static int majorVersion(InputStream classFile) throws IOException {
        byte[] head = classFile.readNBytes(8);
        return ((head[6] & 0xff) << 8) | (head[7] & 0xff);
    }
}
