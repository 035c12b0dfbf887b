package org.draftroom.agreedlanguage.model;

import java.time.OffsetDateTime;

/** A delegation broke silence: which State, through which account, when, and with what text. */
public record SilenceBreak(String memberState, String brokenBy, OffsetDateTime brokenAt, String text) {
}
