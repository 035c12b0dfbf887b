package org.draftroom.draft.store;

import java.util.List;

/** The row of a new draft. */
public record NewDraft(String title, Integer session, String committee, Integer agendaItemNumber,
                       String agendaItemTitle, String symbol, String stage, List<String> mainSponsors, String createdBy) {
}
