package vn.thethuc.uno.service;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thethuc.plan.DocType;
import vn.thethuc.plan.Layout;
import vn.thethuc.plan.Spec;
import vn.thethuc.uno.insert.DocumentBuilder;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Session;

/** A new document of a type, laid out from {@code plan/}, written to a file atomically: {@code thethuc new}, the templates. */
public final class NewDocument {
    /** LibreOffice's export filter for each file name ending the tools accept. */
    static final Map<String, String> FILTERS = Map.of(".odt", "writer8", ".docx", "MS Word 2007 XML",
            ".ott", "writer8_template");

    private NewDocument() {
    }

    /** Lays out {@code type} with {@code spec} (plain text, no placeholders) and writes it to {@code out}. */
    public static void write(Session office, DocType type, Spec spec, Path out, boolean replace)
            throws OfficeException, IOException {
        XComponent doc = build(office, type, spec, spec.title(), false);
        try {
            store(doc, out, replace);
        } finally {
            Office.closeDocument(doc);
        }
    }

    /**
     * A Kế hoạch implementing its parent plan, written to {@code out}; the document remembers the feed's
     * source, the parent plan's id and the agency code in its custom properties.
     */
    public static void writeLinked(Session office, vn.thethuc.feed.Link link, String source, Spec spec, int daysEarlier,
            Path out, boolean replace) throws OfficeException, IOException {
        java.util.List<vn.thethuc.plan.Block> blocks = vn.thethuc.feed.LinkedPlan.of(link,
                vn.thethuc.feed.LinkedPlan.specFor(spec, link.feed(), link.agencyCode()),
                vn.thethuc.profile.Nd30Profile.standard().typeCodes(), daysEarlier);
        XComponent doc = build(office, blocks, blocks.stream().filter(b -> b.style() == vn.thethuc.plan.Style.TRICH_YEU)
                .findFirst().map(vn.thethuc.plan.Block::text).orElse(spec.title()), false);
        try {
            var user = UnoRuntime.queryInterface(XDocumentPropertiesSupplier.class, doc).getDocumentProperties()
                    .getUserDefinedProperties();
            user.addProperty("TheThucFeed", com.sun.star.beans.PropertyAttribute.REMOVABLE, source);
            user.addProperty("TheThucParentPlan", com.sun.star.beans.PropertyAttribute.REMOVABLE,
                    link.feed().plan().id());
            user.addProperty("TheThucAgency", com.sun.star.beans.PropertyAttribute.REMOVABLE, link.agencyCode());
            store(doc, out, replace);
        } catch (com.sun.star.uno.Exception e) {
            throw new OfficeException("LibreOffice could not mark the document as linked: " + e.getMessage(), e);
        } finally {
            Office.closeDocument(doc);
        }
    }

    public static Optional<String> filter(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return FILTERS.entrySet().stream().filter(e -> name.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** A hidden Writer document holding the layout of {@code type}; the caller closes it. */
    public static XComponent build(Session office, DocType type, Spec spec, String title, boolean placeholders)
            throws OfficeException {
        return build(office, Layout.of(type, spec), title, placeholders);
    }

    /** A hidden Writer document holding {@code blocks}; the caller closes it. */
    public static XComponent build(Session office, java.util.List<vn.thethuc.plan.Block> blocks, String title,
            boolean placeholders) throws OfficeException {
        XComponent doc = office.newTextDocument();
        try {
            DocumentBuilder builder = new DocumentBuilder(UnoRuntime.queryInterface(XTextDocument.class, doc), placeholders);
            builder.vietnameseByDefault();
            builder.insert(blocks, null, title);
            UnoRuntime.queryInterface(XDocumentPropertiesSupplier.class, doc).getDocumentProperties().setTitle(title);
            return doc;
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            Office.closeDocument(doc);
            throw new OfficeException("LibreOffice could not lay out the document: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code doc} to {@code out} through a temporary file beside it, then a rename: a failure
     * leaves no file, and a reader never sees half a document. An existing file is replaced only when
     * {@code replace} says so.
     */
    public static void store(XComponent doc, Path out, boolean replace) throws OfficeException, IOException {
        Path target = out.toAbsolutePath();
        String filter = filter(target).orElseThrow(() -> new IllegalArgumentException(out.toString()));
        Path tmp = vn.thethuc.document.AtomicFile.temp(target, ".tmp");
        try {
            UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(tmp.toUri().toString(),
                    new PropertyValue[] {Office.property("FilterName", filter), Office.property("Overwrite", true)});
            vn.thethuc.document.AtomicFile.move(tmp, target, replace);
        } catch (com.sun.star.io.IOException e) {
            throw new OfficeException("LibreOffice could not write " + out + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
