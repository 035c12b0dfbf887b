package org.draftroom.amendment.action.model;

import org.draftroom.document.model.ParagraphId;

/**
 * A request for division (rule 129): a separate vote on one paragraph before the draft as a whole.
 * A paragraph that is not retained is deleted from the text "as amended".
 *
 * @param status           PENDING, RETAINED or DELETED
 * @param requestedOn      the day the division was requested, when the record gives it
 * @param requestedMeeting the meeting it was requested at, when given
 */
public record Division(long id, long draftId, int number, ParagraphId paragraph, String label, String requestedBy,
                       String memberState, String status, java.time.LocalDate requestedOn, String requestedMeeting) {

    /** A request whose day is not recorded. */
    public Division(long id, long draftId, int number, ParagraphId paragraph, String label, String requestedBy,
                    String memberState, String status) {
        this(id, draftId, number, paragraph, label, requestedBy, memberState, status, null, null);
    }

    /** The same request, settled. */
    public Division settled(String newStatus) {
        return new Division(id, draftId, number, paragraph, label, requestedBy, memberState, newStatus, requestedOn, requestedMeeting);
    }

    public boolean isOpen() {
        return "PENDING".equals(status);
    }
}
