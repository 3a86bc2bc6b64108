package vn.thethuc.uno.insert;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.text.XBookmarksSupplier;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XModifiable;
import com.sun.star.text.XTextDocument;
import vn.thethuc.plan.Layout;
import vn.thethuc.plan.Spec;

/**
 * A document just made from one of Thể Thức's templates: laid out again with the agency's settings
 * (as the administrator's policy or the user set them) when there are any, else given today's date.
 */
public final class FromTemplate {
    /** Marks a document made from these templates; its value is the document type. */
    public static final String TYPE_PROPERTY = "TheThucType";

    private FromTemplate() {
    }

    /** Empties the new document (tables, lines, text) and lays {@code type} out again with {@code spec}. */
    private static void relayout(XTextDocument doc, vn.thethuc.plan.DocType type, Spec spec)
            throws com.sun.star.uno.Exception {
        com.sun.star.container.XIndexAccess tables = Proxies.q(com.sun.star.container.XIndexAccess.class,
                Proxies.q(com.sun.star.text.XTextTablesSupplier.class, doc).getTextTables());
        for (int i = tables.getCount() - 1; i >= 0; i--) {
            Proxies.q(com.sun.star.lang.XComponent.class, tables.getByIndex(i)).dispose();
        }
        com.sun.star.drawing.XDrawPage shapes = Proxies.q(com.sun.star.drawing.XDrawPageSupplier.class,
                doc).getDrawPage();
        for (int i = shapes.getCount() - 1; i >= 0; i--) {
            shapes.remove(Proxies.q(com.sun.star.drawing.XShape.class, shapes.getByIndex(i)));
        }
        doc.getText().setString("");
        new DocumentBuilder(doc, true).insert(Layout.of(type, spec), null, "");
    }

    /** Called by the OnNew job (boot.NewDocumentJob) for every new document; others are left alone. */
    public static void onNew(XComponentContext context, Object model) throws com.sun.star.uno.Exception {
        // Only a document just made (no file yet): a document loaded from a file is left before any
        // object of it is touched — nothing of it for Java's finalizer to release after it has closed.
        com.sun.star.frame.XModel doc = Proxies.q(com.sun.star.frame.XModel.class, model);
        if (doc == null || !doc.getURL().isEmpty()) {
            return;
        }
        XDocumentPropertiesSupplier props = Proxies.q(XDocumentPropertiesSupplier.class, model);
        XBookmarksSupplier marks = Proxies.q(XBookmarksSupplier.class, model);
        if (props == null || marks == null) {
            return;
        }
        XPropertySet user = Proxies.q(XPropertySet.class,
                props.getDocumentProperties().getUserDefinedProperties());
        // Only one made from Thể Thức's template, and only once: the mark goes.
        if (!user.getPropertySetInfo().hasPropertyByName(TYPE_PROPERTY)) {
            return;
        }
        Object typeName = user.getPropertyValue(TYPE_PROPERTY);
        Proxies.q(com.sun.star.beans.XPropertyContainer.class, user).removeProperty(TYPE_PROPERTY);
        java.util.Optional<vn.thethuc.plan.DocType> type = vn.thethuc.plan.DocType.parse(String.valueOf(typeName));
        Spec agency = InsertCommand.defaults(context);
        if (type.isPresent() && InsertCommand.hasAgencySettings(context)) {
            // The agency's own header, number, sentences and signer, laid out afresh for today.
            relayout(Proxies.q(XTextDocument.class, model), type.get(), agency);
        } else {
            XNameAccess bookmarks = marks.getBookmarks();
            if (!bookmarks.hasByName(DocumentBuilder.DATE_BOOKMARK)) {
                return;
            }
            XTextRange date = Proxies.q(XTextContent.class,
                    bookmarks.getByName(DocumentBuilder.DATE_BOOKMARK)).getAnchor();
            String line = date.getString();
            int comma = line.indexOf(", ngày");
            String place = comma > 0 ? line.substring(0, comma) : line;
            date.setString(Layout.dateLine(place, vn.thethuc.document.VietnamTime.today()));
        }
        // A new document, not an edited one: nothing to undo, nothing to save yet.
        Proxies.q(XUndoManagerSupplier.class, model).getUndoManager().clear();
        Proxies.q(XModifiable.class, model).setModified(false);
    }
}
