package org.draftroom.agreedlanguage.model;

import java.util.Arrays;
import java.util.Optional;

/** Where the negotiation of a paragraph stands, as the facilitator's compilation shows it. */
public enum NegotiationStatus {
    /** Still under discussion (every paragraph until the facilitator marks it). */
    OPEN("open"),
    /** Agreed ad referendum: agreed by the negotiators, subject to their capitals' confirmation. */
    AGREED_AD_REF("agreed ad ref"),
    /** Disputed words are in square brackets. */
    BRACKETED("bracketed");

    private final String json;

    NegotiationStatus(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** "agreed ad ref", "AGREED_AD_REF" or "agreed-ad-ref". */
    public static Optional<NegotiationStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Arrays.stream(values()).filter(s -> s.json.equals(v)).findFirst();
    }
}
