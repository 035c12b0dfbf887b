package org.draftroom.lifecycle.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.authentication.Authentication;
import org.draftroom.security.Callers;
import org.draftroom.shared.Caller;

/**
 * What every step of the procedure reads from its request besides the body, bound once with
 * {@code @RequestBean}: the draft ({@code id} in the path), the ETag the client last saw
 * ({@code If-Match}, optional here: the step checks it against the locked draft, 412 {@code stale-draft}
 * when stale) and who asks. The answer is a {@link StepResponse}.
 */
@Introspected
public record StepRequest(@PathVariable("id") long id, @Nullable @Header("If-Match") String ifMatch,
                          Authentication authentication) {
    public Caller caller() {
        return Callers.of(authentication);
    }
}
