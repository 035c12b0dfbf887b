package org.draftroom.lifecycle.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.web.DraftETags;
import org.draftroom.lifecycle.app.DatingSteps;

import java.util.List;

/**
 * What a step of the procedure answers: where the draft is now and what the caller may do next,
 * with the draft's new ETag; {@code date} and {@code meeting} of the step when the answer carries them.
 */
public record StepResponse(long id, String stage, String symbol, int currentVersion, String facilitator,
                           List<String> allowedActions, @JsonInclude(JsonInclude.Include.NON_NULL) String date,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String meeting) {

    public static HttpResponse<StepResponse> of(Draft draft, List<String> allowedActions) {
        return of(draft, allowedActions, null);
    }

    /** With the day (and meeting) the step was dated, when it was. */
    public static HttpResponse<StepResponse> of(Draft draft, List<String> allowedActions, DatingSteps.Dated dated) {
        return HttpResponse.ok(new StepResponse(draft.id(), draft.stage().name(), draft.symbol(), draft.currentVersion(),
                draft.facilitator(), allowedActions, dated == null ? null : dated.on().toString(),
                dated == null ? null : dated.meeting())).header("ETag", DraftETags.of(draft));
    }
}
