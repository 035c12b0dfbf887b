package org.draftroom.lifecycle.app;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the procedure are dates at Headquarters, New York. */
final class Today {
    static final ZoneId HEADQUARTERS = ZoneId.of("America/New_York");

    private Today() {
    }

    static LocalDate orGiven(LocalDate given) {
        if (given != null && (given.getYear() < 1945 || given.getYear() > 2200)) {
            throw org.draftroom.shared.Refusal.unprocessable("implausible-date",
                    "The date " + given + " is not a date of the United Nations' work");
        }
        return given != null ? given : LocalDate.now(HEADQUARTERS);
    }
}
