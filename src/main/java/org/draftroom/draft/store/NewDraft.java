package org.draftroom.draft.store;

import org.draftroom.draft.model.Stage;

import java.util.List;

/** The row of a new draft. */
public record NewDraft(String title, Integer session, String committee, Integer agendaItemNumber,
                       String agendaItemTitle, String symbol, Stage stage, List<String> mainSponsors, String createdBy) {
}
