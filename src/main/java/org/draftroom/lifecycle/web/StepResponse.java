package org.draftroom.lifecycle.web;

import io.micronaut.http.HttpResponse;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.web.DraftETags;

import java.util.List;

/**
 * What a step of the procedure answers: where the draft is now and what the caller may do next,
 * with the draft's new ETag.
 */
public record StepResponse(long id, String stage, String symbol, int currentVersion, String facilitator,
                           List<String> allowedActions) {

    public static HttpResponse<StepResponse> of(Draft draft, List<String> allowedActions) {
        return HttpResponse.ok(new StepResponse(draft.id(), draft.stage().name(), draft.symbol(), draft.currentVersion(),
                draft.facilitator(), allowedActions)).header("ETag", DraftETags.of(draft));
    }
}
