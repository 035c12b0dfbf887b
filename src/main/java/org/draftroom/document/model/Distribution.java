package org.draftroom.document.model;

import java.util.Locale;
import java.util.Optional;

/** The "Distr.:" line of a UN document. */
public enum Distribution {
    GENERAL("General"),
    LIMITED("Limited"),
    RESTRICTED("Restricted");

    private final String printed;

    Distribution(String printed) {
        this.printed = printed;
    }

    /** As printed after "Distr.: ". */
    public String printed() {
        return printed;
    }

    public static Optional<Distribution> fromPrinted(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Distribution d : values()) {
            if (d.printed.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
