package org.draftroom.amendment.app;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.CompetitionStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.document.model.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * At start, gives their footprints to pending amendments stored before footprints were kept
 * (V60__amendment_footprints.sql), placed on the version each is anchored to. Afterwards every
 * amendment gets its footprints when it is proposed or re-anchored, and there is nothing to do.
 */
@Singleton
class FootprintBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(FootprintBackfill.class);
    private final AmendmentStore amendments;
    private final CompetitionStore competition;
    private final DocumentCache documents;

    FootprintBackfill(AmendmentStore amendments, CompetitionStore competition, DocumentCache documents) {
        this.amendments = amendments;
        this.competition = competition;
        this.documents = documents;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        List<StoredAmendment> missing = amendments.pendingWithoutFootprints();
        for (StoredAmendment stored : missing) {
            Amendment a = stored.amendment();
            Document text = documents.get(a.draftId(), a.anchoredVersion());
            competition.replaceFootprints(a, PlacedFootprint.of(text, a.operations()));
        }
        if (!missing.isEmpty()) {
            LOG.info("Placed the footprints of {} pending amendments", missing.size());
        }
    }
}
