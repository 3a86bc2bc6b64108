package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;

/**
 * A LibreOffice 7.4 crash found on 2026-11-23 and not fixed yet (see the note on the signing issue): a
 * document type inserted by the extension's command (its Java running inside LibreOffice), the document
 * then stored and closed; at the next garbage collection of LibreOffice's JVM (here: loading and checking
 * another document) LibreOffice aborts in SfxListener::EndListening, called from a Writer object's
 * destructor on Java's finalizer thread. Crashes in most runs, usually at the first or second round; the
 * single parts (section, closing) did not crash in 12 rounds; turning off the rules under the header, the
 * first-page style, the bookmarks or the placeholders did not stop it. Run it with
 * {@code mvn verify -Dit.test=CrashReproIT -Djunit.jupiter.conditions.deactivate=org.junit.*DisabledCondition}.
 */
@Disabled("reproduces a LibreOffice crash not fixed yet")
class CrashReproIT extends WithOffice {
    @Test
    void insertStoreCloseThenLoadAnother() throws Exception {
        for (int i = 0; i < 8; i++) {
            XComponent doc = office.newTextDocument();
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.INSERT.url(),
                    Office.property("Interactive", false), Office.property("Type", "KH"));
            assertEquals("DONE", a.status(), a.message());
            Path file = Files.createTempFile("thethuc-crash-", ".odt");
            try {
                UnoRuntime.queryInterface(com.sun.star.frame.XStorable.class, doc).storeToURL(file.toUri().toString(),
                        new com.sun.star.beans.PropertyValue[] {Office.property("FilterName", "writer8")});
            } finally {
                Office.closeDocument(doc);
                Files.deleteIfExists(file);
            }
            XComponent other = Fixtures.editable(office, "seed-002-thainguyen-2023.odt");
            try {
                CommandCall.dispatch(office, other, Command.CHECK.url(), Office.property("Interactive", false));
            } finally {
                Office.closeDocument(other);
            }
        }
    }
}
