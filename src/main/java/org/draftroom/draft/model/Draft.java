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

    public boolean hasMainSponsor(String memberState) {
        return memberState != null && mainSponsors.contains(memberState);
    }
}
