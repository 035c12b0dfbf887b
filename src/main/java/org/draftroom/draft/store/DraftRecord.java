package org.draftroom.draft.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the database knows of a draft besides its versions.
 *
 * @param mainSponsors alpha-3 codes of the main sponsors, in no particular order
 * @param rowVersion   bumped by every change of the draft; the draft's ETag
 */
public record DraftRecord(
        long id,
        String title,
        Integer session,
        String committee,
        Integer agendaItemNumber,
        String agendaItemTitle,
        String symbol,
        String stage,
        int currentVersion,
        String facilitator,
        String processInstanceId,
        String createdBy,
        OffsetDateTime createdAt,
        long rowVersion,
        List<String> mainSponsors) {

    public boolean hasMainSponsor(String memberState) {
        return memberState != null && mainSponsors.contains(memberState);
    }
}
