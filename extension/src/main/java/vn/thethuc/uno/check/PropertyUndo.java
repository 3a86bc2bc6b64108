package vn.thethuc.uno.check;

import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XUndoAction;
import com.sun.star.lib.uno.helper.WeakBase;

/**
 * Property changes Writer does not record itself (page styles set through the API), made undoable
 * as one action: the old values are kept, and undo/redo put them back.
 */
final class PropertyUndo extends WeakBase implements XUndoAction {
    private record Change(XPropertySet target, String name, Object before, Object after) {
    }

    private final String title;
    private final java.util.List<Change> changes = new java.util.ArrayList<>();

    PropertyUndo(String title) {
        this.title = title;
    }

    /** Sets a property, remembering what it was. */
    void set(XPropertySet target, String name, Object value) throws com.sun.star.uno.Exception {
        changes.add(new Change(target, name, target.getPropertyValue(name), value));
        target.setPropertyValue(name, value);
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public void undo() throws com.sun.star.document.UndoFailedException {
        try {
            for (int i = changes.size() - 1; i >= 0; i--) {
                changes.get(i).target().setPropertyValue(changes.get(i).name(), changes.get(i).before());
            }
        } catch (com.sun.star.uno.Exception e) {
            throw new com.sun.star.document.UndoFailedException(e.getMessage(), this, e);
        }
    }

    @Override
    public void redo() throws com.sun.star.document.UndoFailedException {
        try {
            for (Change c : changes) {
                c.target().setPropertyValue(c.name(), c.after());
            }
        } catch (com.sun.star.uno.Exception e) {
            throw new com.sun.star.document.UndoFailedException(e.getMessage(), this, e);
        }
    }
}
