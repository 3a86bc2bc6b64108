package vn.thethuc.uno.cli;

import vn.thethuc.uno.service.NewDocument;

import com.sun.star.beans.PropertyAttribute;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.plan.DocType;
import vn.thethuc.plan.Spec;
import vn.thethuc.uno.insert.FromTemplate;
import vn.thethuc.uno.office.Installation;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;

/**
 * Generates the File › New templates at build time from {@code plan/}: one {@code .ott} per type,
 * laid out by the same builder as the insert command, with the guidance sentences as placeholders.
 * Run by the build (pom.xml) with the output folder as argument.
 */
public final class Templates {
    /** The category folder (its Vietnamese name comes from templates/groupuinames.xml). */
    public static final String GROUP = "vanbanhanhchinh";
    static final Map<DocType, String> FILES = Map.of(DocType.KH, "ke-hoach", DocType.CV, "cong-van",
            DocType.BC, "bao-cao", DocType.QD, "quyet-dinh", DocType.TTR, "to-trinh", DocType.TB, "thong-bao",
            DocType.HD, "huong-dan", DocType.CTR, "chuong-trinh");

    private Templates() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).resolve(GROUP);
        Files.createDirectories(out);
        Path profile = Files.createTempDirectory("thethuc-templates-").resolve("profile");
        Bundle vi = Bundle.of(Bundle.VI);
        // The date is the build's; a document made from a template gets today's (see the OnNew job).
        Spec spec = Spec.sample(vn.thethuc.document.VietnamTime.today());
        try (Office office = Office.start(profile, Installation.officeJava())) {
            for (DocType type : DocType.values()) {
                String name = vi.text("doctype." + type.name());
                XComponent doc = NewDocument.build(office, type, spec, name, true);
                try {
                    UnoRuntime.queryInterface(XDocumentPropertiesSupplier.class, doc).getDocumentProperties()
                            .getUserDefinedProperties().addProperty(FromTemplate.TYPE_PROPERTY, PropertyAttribute.REMOVABLE,
                                    type.name());
                    NewDocument.store(doc, out.resolve(FILES.get(type) + ".ott"), true);
                } finally {
                    Office.closeDocument(doc);
                }
            }
        } catch (OfficeException | IOException e) {
            System.err.println("templates: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}
