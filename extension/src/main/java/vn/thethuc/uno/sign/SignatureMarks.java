package vn.thethuc.uno.sign;

import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XNamed;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.UnoRuntime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Recognizer;
import vn.thethuc.recognize.Structure;
import vn.thethuc.rules.Nd30Profile;
import vn.thethuc.sign.Appearance;
import vn.thethuc.uno.check.DocumentReader;

/**
 * Marks the signature block of a document about to be exported for signing: the title line (its
 * start) and the signer's name (start and end), as bookmarks LibreOffice's PDF export turns into
 * named destinations — so the signature's box is found from the document, not fixed coordinates.
 * Call on a document that will not be saved (the CLI's loaded copy, a hidden copy in Writer).
 */
public final class SignatureMarks {
    private SignatureMarks() {
    }

    /** False when the document has no recognisable signature block (the signature is then invisible). */
    public static boolean mark(XModel model) throws com.sun.star.uno.Exception {
        Map<Integer, XTextRange> ranges = new HashMap<>();
        DocumentSnapshot snapshot = new DocumentReader(model).read(ranges::put);
        Structure structure = new Recognizer(Nd30Profile.standard()).recognize(snapshot);
        List<Paragraph> block = structure.signature().stream().filter(p -> !p.text().isBlank()).toList();
        if (block.size() < 2) {
            return false;
        }
        XTextRange name = ranges.get(block.get(block.size() - 1).index());
        XTextRange title = ranges.get(block.get(block.size() - 2).index());
        if (name == null || title == null) {
            return false;
        }
        XMultiServiceFactory factory = UnoRuntime.queryInterface(XMultiServiceFactory.class, model);
        bookmark(factory, Appearance.TITLE_MARK, title.getStart());
        bookmark(factory, Appearance.NAME_MARK, name.getStart());
        bookmark(factory, Appearance.NAME_END_MARK, name.getEnd());
        return true;
    }

    private static void bookmark(XMultiServiceFactory factory, String name, XTextRange at)
            throws com.sun.star.uno.Exception {
        Object mark = factory.createInstance("com.sun.star.text.Bookmark");
        UnoRuntime.queryInterface(XNamed.class, mark).setName(name);
        at.getText().insertTextContent(at, UnoRuntime.queryInterface(XTextContent.class, mark), false);
    }

    /** The PDF export's settings: NĐ30 asks for PDF 1.4 or later (LibreOffice 7.4 writes 1.6); marks as destinations. */
    public static PropertyValue[] exportFilter(boolean pdfA) {
        List<PropertyValue> data = new java.util.ArrayList<>();
        data.add(value("ExportBookmarksToPDFDestination", true));
        if (pdfA) {
            data.add(value("SelectPdfVersion", 2)); // PDF/A-2b
        }
        PropertyValue[] filterData = data.toArray(new PropertyValue[0]);
        return new PropertyValue[] {value("FilterName", "writer_pdf_Export"),
            value("FilterData", new com.sun.star.uno.Any(new com.sun.star.uno.Type(PropertyValue[].class), filterData))};
    }

    private static PropertyValue value(String name, Object v) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = v;
        return p;
    }
}
