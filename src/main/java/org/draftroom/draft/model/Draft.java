package org.draftroom.draft.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A draft as every feature sees it: what the register knows of it besides its versions. Plain
 * Java; its stage is typed, and only the store maps it to and from the {@code draft.stage} column.
 *
 * @param mainSponsors alpha-3 codes of the main sponsors, in no particular order
 * @param rowVersion   bumped by every change of the draft; the draft's ETag
 */
public record Draft(
        long id,
        String title,
        Integer session,
        String committee,
        Integer agendaItemNumber,
        String agendaItemTitle,
        String symbol,
        Stage stage,
        int currentVersion,
        String facilitator,
        String processInstanceId,
        String createdBy,
        OffsetDateTime createdAt,
        long rowVersion,
        List<String> mainSponsors) {

    /** The draft's entity tag: it moves with every change of the draft. */
    public String etag() {
        return "\"" + id + "." + rowVersion + "\"";
    }

    /**
     * Whether an If-Match names this state of the draft: its own tag, or the longer tag of a read
     * (the draft's change count and its reader follow) that starts with it.
     */
    public boolean matches(String ifMatch) {
        String given = ifMatch.trim();
        String tag = etag();
        return given.equals(tag) || given.startsWith(tag.substring(0, tag.length() - 1) + ".") && given.endsWith("\"");
    }

    public boolean hasMainSponsor(String memberState) {
        return memberState != null && mainSponsors.contains(memberState);
    }
}
