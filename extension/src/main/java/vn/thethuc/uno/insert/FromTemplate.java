package vn.thethuc.uno.insert;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.text.XBookmarksSupplier;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XModifiable;
import java.time.LocalDate;
import vn.thethuc.plan.Layout;
import vn.thethuc.uno.check.CheckCommand;

/** A document just made from one of Thể Thức's templates: its date line becomes today's. */
public final class FromTemplate {
    /** Marks a document made from these templates; its value is the document type. */
    public static final String TYPE_PROPERTY = "TheThucType";

    private FromTemplate() {
    }

    /** Called by the OnNew job (boot.NewDocumentJob) for every new document; others are left alone. */
    public static void onNew(XComponentContext context, Object model) throws com.sun.star.uno.Exception {
        XDocumentPropertiesSupplier props = UnoRuntime.queryInterface(XDocumentPropertiesSupplier.class, model);
        XBookmarksSupplier marks = UnoRuntime.queryInterface(XBookmarksSupplier.class, model);
        if (props == null || marks == null) {
            return;
        }
        XPropertySet user = UnoRuntime.queryInterface(XPropertySet.class,
                props.getDocumentProperties().getUserDefinedProperties());
        if (!user.getPropertySetInfo().hasPropertyByName(TYPE_PROPERTY)) {
            return;
        }
        XNameAccess bookmarks = marks.getBookmarks();
        if (!bookmarks.hasByName(DocumentBuilder.DATE_BOOKMARK)) {
            return;
        }
        XTextRange date = UnoRuntime.queryInterface(XTextContent.class,
                bookmarks.getByName(DocumentBuilder.DATE_BOOKMARK)).getAnchor();
        String line = date.getString();
        int comma = line.indexOf(", ngày");
        String place = comma > 0 ? line.substring(0, comma) : line;
        date.setString(Layout.dateLine(place, LocalDate.now(CheckCommand.VIETNAM)));
        // A new document, not an edited one: nothing to undo, nothing to save yet.
        UnoRuntime.queryInterface(XUndoManagerSupplier.class, model).getUndoManager().clear();
        UnoRuntime.queryInterface(XModifiable.class, model).setModified(false);
    }
}
