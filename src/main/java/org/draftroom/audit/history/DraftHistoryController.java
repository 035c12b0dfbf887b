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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.draftroom.voting.Ballot;
import org.draftroom.voting.VoteListing;
import java.util.Map;
import org.draftroom.platform.web.api.ProblemResponses;

/** The procedural history of a draft in plain sentences, for anyone signed in. */
@Controller("/api/drafts/{draftId}/history")
@ProblemResponses.SignedIn
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DraftHistoryController {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private final DraftHistorySource source;
    private final HistorySentences sentences;
    private final ObjectMapper json;
    private final MemberStates memberStates;

    DraftHistoryController(DraftHistorySource source, MemberStates memberStates, ObjectMapper json,
                           @Value("${draftroom.audit.history-zone:UTC}") String zone) {
        this.source = source;
        this.json = json;
        this.memberStates = memberStates;
        this.sentences = new HistorySentences(memberStates::nameOn, ZoneId.of(zone));
    }

    /**
     * One event: {@code date}, the day it happened in the procedure ({@code dated} true) or, for what is no
     * procedural step (an import, a facilitator assigned), the day of the step around it ({@code dated}
     * false; its sentence gives the day it was recorded); {@code meeting} where the UN records one;
     * {@code at} when it was recorded; {@code recordedVote} who voted how when it was a recorded vote.
     */
    record HistoryLine(long seq, String date, boolean dated, String meeting, String at, String type, String text,
                       VoteListing recordedVote, String recordedVoteText) {
    }

    record HistoryResponse(long draftId, List<HistoryLine> events) {
    }

    /** The events in procedural order: by the day they happened, and in the order recorded within a day. */
    @ProblemResponses.NotFound
    @ProblemResponses.NotModified
    @Get
    HistoryResponse history(@PathVariable long draftId) {
        List<HistoryLine> lines = new ArrayList<>();
        List<AuditEntry> entries = source.entriesOf(draftId);
        List<HistorySentences.Event> events = entries.stream().map(this::event).toList();
        LocalDate first = events.stream().map(HistorySentences::procedural).flatMap(java.util.Optional::stream).findFirst().orElse(null);
        LocalDate around = null;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            HistorySentences.Event event = events.get(i);
            java.util.Optional<LocalDate> procedural = HistorySentences.procedural(event);
            if (procedural.isPresent()) {
                around = procedural.get();
            }
            LocalDate day = procedural.orElse(around != null ? around : first != null ? first : sentences.day(event));
            // after a dated step, what is no step of its own happened on that step's day; before any, the day it was recorded
            java.util.Optional<String> sentence = around != null ? sentences.sentence(event, day) : sentences.sentence(event);
            sentence.ifPresent(text -> {
                VoteListing vote = listing(event.payload(), day);
                Object meeting = event.payload().get("meeting");
                lines.add(new HistoryLine(e.seq(), day.toString(), procedural.isPresent(), meeting == null ? null : meeting.toString(),
                        EntryHasher.timestamp(e.occurredAt()), e.type(), text, vote, vote == null ? null : vote.printed()));
            });
        }
        lines.sort(Comparator.comparing(HistoryLine::date).thenComparingLong(HistoryLine::seq));
        return new HistoryResponse(draftId, lines);
    }

    /** Who voted how, when the event is a recorded vote that lists the States. */
    private VoteListing listing(Map<String, Object> payload, LocalDate day) {
        if (!(payload.get("votes") instanceof Map<?, ?> votes) || !(votes.get("inFavour") instanceof List<?>)) {
            return null;
        }
        Map<String, Ballot> ballots = new LinkedHashMap<>();
        put(ballots, votes.get("inFavour"), Ballot.YES);
        put(ballots, votes.get("against"), Ballot.NO);
        put(ballots, votes.get("abstaining"), Ballot.ABSTAIN);
        return VoteListing.of(ballots, code -> memberStates.nameOn(code, day));
    }

    private static void put(Map<String, Ballot> ballots, Object codes, Ballot ballot) {
        if (codes instanceof List<?> list) {
            list.forEach(c -> ballots.put(String.valueOf(c), ballot));
        }
    }

    private HistorySentences.Event event(AuditEntry e) {
        try {
            return new HistorySentences.Event(e.occurredAt(), e.type(), e.role(), e.memberState(), json.readValue(e.payload(), MAP));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
