package org.draftroom.amendment.model;

import org.draftroom.document.model.ParagraphId;

/**
 * A request for division (rule 129): a separate vote on one paragraph before the draft as a whole.
 * A paragraph that is not retained is deleted from the text "as amended".
 *
 * @param status PENDING, RETAINED or DELETED
 */
public record Division(long id, long draftId, int number, ParagraphId paragraph, String label, String requestedBy,
                       String memberState, String status) {
    public boolean isOpen() {
        return "PENDING".equals(status);
    }
}
