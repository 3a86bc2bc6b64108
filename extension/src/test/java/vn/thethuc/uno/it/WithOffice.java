package vn.thethuc.uno.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.thethuc.uno.office.Office;

/** A test class that works in one LibreOffice with the built .oxt installed, started afresh for it. */
abstract class WithOffice {
    static Office office;

    @BeforeAll
    static void startOffice() throws Exception {
        office = Fixtures.officeWithExtension(Fixtures.JAVA);
    }

    @AfterAll
    static void stopOffice() {
        if (office != null) {
            office.close();
            office = null;
        }
    }
}
