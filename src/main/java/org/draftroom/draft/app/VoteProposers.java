package org.draftroom.draft.app;

import java.util.Map;
import org.draftroom.draft.model.Draft;

/**
 * Who proposed what was voted on a draft, as the UN writes it: for each amendment, by its reference
 * ("A/C.3/80/L.61", "amendment 3"), "Egypt, on behalf of the Group of African States". The amendment
 * feature provides it; exports list it with the votes.
 */
public interface VoteProposers {
    Map<String, String> ofAmendments(Draft draft);
}
