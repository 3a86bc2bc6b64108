package vn.thethuc.uno.ui;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.NamedValue;
import com.sun.star.uno.XComponentContext;
import java.util.Optional;

/** LibreOffice's file dialog, asked where a file is (or where one goes): a path, or nothing when cancelled. */
public final class FilePick {
    private FilePick() {
    }

    /**
     * {@code current}: what the field holds (its folder is where the dialog opens); {@code save}: a file to write;
     * {@code filters}: pairs of a name and its patterns ("Ảnh PNG", "*.png;*.jpg"), the first chosen.
     */
    public static Optional<String> choose(XComponentContext context, com.sun.star.awt.XWindowPeer parent, String current,
            boolean save, String... filters) throws com.sun.star.uno.Exception {
        Object picker = context.getServiceManager().createInstanceWithContext("com.sun.star.ui.dialogs.FilePicker",
                context);
        try {
            short template = save ? com.sun.star.ui.dialogs.TemplateDescription.FILESAVE_SIMPLE
                    : com.sun.star.ui.dialogs.TemplateDescription.FILEOPEN_SIMPLE;
            Proxies.q(com.sun.star.lang.XInitialization.class, picker).initialize(parent == null
                    ? new Object[] {new NamedValue("TemplateDescription", template)}
                    : new Object[] {new NamedValue("TemplateDescription", template), new NamedValue("ParentWindow", parent)});
            com.sun.star.ui.dialogs.XFilePicker3 files = Proxies.q(com.sun.star.ui.dialogs.XFilePicker3.class, picker);
            for (int i = 0; i + 1 < filters.length; i += 2) {
                files.appendFilter(filters[i], filters[i + 1]);
            }
            if (filters.length >= 2) {
                files.setCurrentFilter(filters[0]);
            }
            String now = current == null ? "" : current.strip();
            if (!now.isEmpty()) {
                try {
                    java.nio.file.Path p = java.nio.file.Path.of(now).toAbsolutePath();
                    java.nio.file.Path dir = java.nio.file.Files.isDirectory(p) ? p : p.getParent();
                    if (dir != null && java.nio.file.Files.isDirectory(dir)) {
                        files.setDisplayDirectory(dir.toUri().toString());
                    }
                    if (p.getFileName() != null && !java.nio.file.Files.isDirectory(p)) {
                        files.setDefaultName(p.getFileName().toString());
                    }
                } catch (RuntimeException e) {
                    // not a path: the dialog starts where it likes
                }
            }
            if (files.execute() != com.sun.star.ui.dialogs.ExecutableDialogResults.OK) {
                return Optional.empty();
            }
            String[] chosen = files.getSelectedFiles();
            if (chosen.length == 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(java.nio.file.Path.of(java.net.URI.create(chosen[0])).toString());
            } catch (RuntimeException e) {
                return Optional.of(chosen[0]);
            }
        } finally {
            com.sun.star.lang.XComponent c = Proxies.q(com.sun.star.lang.XComponent.class, picker);
            if (c != null) {
                c.dispose();
            }
        }
    }
}
