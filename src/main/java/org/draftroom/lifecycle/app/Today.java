package org.draftroom.lifecycle.app;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the procedure are dates at Headquarters, New York. */
final class Today {
    static final ZoneId HEADQUARTERS = ZoneId.of("America/New_York");

    private Today() {
    }

    static LocalDate date() {
        return LocalDate.now(HEADQUARTERS);
    }
}
