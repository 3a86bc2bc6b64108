package vn.thethuc.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one time zone of the whole code: documents are dated, signed and issued on Vietnam's calendar whatever zone
 * the machine is set to (a server in UTC must not date a plan signed at 06:30 the day before).
 */
public final class VietnamTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Clock CLOCK = Clock.system(ZONE);

    private VietnamTime() {
    }

    public static Clock clock() {
        return CLOCK;
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static ZonedDateTime now() {
        return ZonedDateTime.now(CLOCK);
    }
}
