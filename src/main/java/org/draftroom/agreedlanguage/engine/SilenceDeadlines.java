package org.draftroom.agreedlanguage.engine;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.store.SilenceStore;

import java.util.Date;

/**
 * The silence process's timer asks here, as {@code ${silenceDeadlines.of(silenceId)}}: process
 * variables hold the silence id only, the deadline lives in {@code silence_procedure}.
 */
@Named("silenceDeadlines")
@Singleton
public class SilenceDeadlines {
    private final SilenceStore store;

    SilenceDeadlines(SilenceStore store) {
        this.store = store;
    }

    public Date of(Object silenceId) {
        long id = Ids.of(silenceId);
        return Date.from(store.byId(id).orElseThrow(() -> new IllegalStateException("No silence procedure " + id))
                .until().toInstant());
    }
}
