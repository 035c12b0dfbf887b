package org.draftroom.audit.history;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.draftroom.audit.DraftHistorySource;
import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.EntryHasher;
import org.draftroom.memberstate.MemberStates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The procedural history of a draft in plain sentences, for anyone signed in. */
@Controller("/api/drafts/{draftId}/history")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DraftHistoryController {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final DraftHistorySource source;
    private final HistorySentences sentences;
    private final ObjectMapper json;

    DraftHistoryController(DraftHistorySource source, MemberStates memberStates, ObjectMapper json,
                           @Value("${draftroom.audit.history-zone:UTC}") String zone) {
        this.source = source;
        this.json = json;
        this.sentences = new HistorySentences(memberStates::nameOf, ZoneId.of(zone));
    }

    record HistoryLine(long seq, String at, String type, String text) {
    }

    record HistoryResponse(long draftId, List<HistoryLine> events) {
    }

    @Get
    HistoryResponse history(@PathVariable long draftId) {
        List<HistoryLine> lines = source.entriesOf(draftId).stream()
                .flatMap(e -> sentences.sentence(event(e))
                        .map(text -> new HistoryLine(e.seq(), EntryHasher.timestamp(e.occurredAt()), e.type(), text)).stream())
                .toList();
        return new HistoryResponse(draftId, lines);
    }

    private HistorySentences.Event event(AuditEntry e) {
        try {
            return new HistorySentences.Event(e.occurredAt(), e.type(), e.role(), e.memberState(), json.readValue(e.payload(), MAP));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
