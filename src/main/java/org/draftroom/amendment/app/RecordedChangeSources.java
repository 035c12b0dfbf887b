package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentApplication;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.ReAnchoring;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.audit.DraftHistorySource;
import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.document.compare.AttributionStep;
import org.draftroom.document.compare.ChangeSource;
import org.draftroom.document.model.Document;
import org.draftroom.draft.app.ChangeSources;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.lifecycle.store.ProcedureRecords;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who made each version, from the amendment records and the audit trail:
 * <ul>
 *   <li>a working text: the State whose amendment was accepted (with the States of the sub-amendments
 *       folded into it, and "the facilitator" when accepted with a modification), on the day decided;</li>
 *   <li>the text "as amended": each adopted amendment's State in turn, in the order adopted; a paragraph
 *       not retained on division, "the Committee";</li>
 *   <li>the text "as orally revised": the State that read the revision out, "orally revised";</li>
 *   <li>a revision: its main sponsors, on the date it was issued; tabling, import and adoption: the
 *       Secretariat, on the date recorded.</li>
 * </ul>
 * Reads the draft's amendments, symbols, meetings and history once, whatever the number of versions.
 */
@Singleton
class RecordedChangeSources implements ChangeSources {
    static final String COMMITTEE = "the Committee";
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern MEMBER_STATE = Pattern.compile("\"memberState\":\"([A-Z]{3})\"");

    private final AmendmentStore amendments;
    private final DocumentCache documents;
    private final ProcedureRecords records;
    private final DraftHistorySource history;
    private final MemberStates memberStates;

    RecordedChangeSources(AmendmentStore amendments, DocumentCache documents, ProcedureRecords records,
                          DraftHistorySource history, MemberStates memberStates) {
        this.amendments = amendments;
        this.documents = documents;
        this.records = records;
        this.history = history;
        this.memberStates = memberStates;
    }

    @Override
    @ReadOnly
    public List<AttributionStep> steps(Draft draft, List<StoredVersion> versions) {
        List<StoredAmendment> all = amendments.byStatus(draft.id(), List.of(AmendmentStatus.ACCEPTED, AmendmentStatus.ADOPTED));
        List<ProcedureRecords.SymbolIssued> symbols = records.symbols(draft.id());
        List<ProcedureRecords.MeetingDecision> meetings = records.meetings(draft.id());
        List<AuditEntry> oralRevisions = history.entriesOf(draft.id()).stream()
                .filter(e -> "oral-revision.recorded".equals(e.type())).toList();
        List<AttributionStep> steps = new ArrayList<>();
        for (int k = 1; k < versions.size(); k++) {
            StoredVersion previous = versions.get(k - 1);
            StoredVersion v = versions.get(k);
            switch (v.kind()) {
                case WORKING -> steps.add(new AttributionStep(working(v, all), v.document()));
                case AMENDED -> steps.addAll(asAmended(draft, previous, v, all));
                case ORALLY_REVISED -> steps.add(new AttributionStep(orallyRevised(v, oralRevisions), v.document()));
                case REVISED -> steps.add(new AttributionStep(new ChangeSource(sponsorNames(draft),
                        issuedOn(v, symbols).orElse(createdAt(v))), v.document()));
                case ADOPTED -> steps.add(new AttributionStep(ChangeSource.of(ChangeSource.SECRETARIAT, meetings.stream()
                        .filter(m -> m.resolutionNumber() != null && m.decidedOn() != null)
                        .map(m -> start(m.decidedOn())).reduce((a, b) -> b).orElse(createdAt(v))), v.document()));
                default -> steps.add(new AttributionStep(ChangeSource.of(ChangeSource.SECRETARIAT,
                        issuedOn(v, symbols).orElse(createdAt(v))), v.document()));
            }
        }
        return steps;
    }

    /** The accepted amendment that produced this working text, with what was merged into it. */
    private ChangeSource working(StoredVersion v, List<StoredAmendment> all) {
        return all.stream().filter(s -> s.resultVersion() != null && s.resultVersion() == v.number())
                .findFirst().map(s -> amendmentSource(s, all))
                .orElse(ChangeSource.of(ChangeSource.SECRETARIAT, createdAt(v)));
    }

    private ChangeSource amendmentSource(StoredAmendment s, List<StoredAmendment> all) {
        Amendment a = s.amendment();
        List<String> names = new ArrayList<>();
        names.add(memberStates.nameOf(a.memberState()));
        for (StoredAmendment sub : all) {
            Integer parent = sub.amendment().parentNumber();
            if (parent != null && parent == a.number() && !names.contains(memberStates.nameOf(sub.amendment().memberState()))) {
                names.add(memberStates.nameOf(sub.amendment().memberState()));
            }
        }
        if (s.decision() != null && s.decision().contains("modification")) {
            names.add(ChangeSource.FACILITATOR);
        }
        return new ChangeSource(names, s.decidedAt() == null ? s.createdAt().toInstant() : s.decidedAt().toInstant());
    }

    /**
     * The adopted amendments applied one at a time, in the order adopted, as the text "as amended" applies
     * them all; then what divisions deleted. Should the record no longer replay, the whole version is
     * attributed to every State whose amendment was adopted.
     */
    private List<AttributionStep> asAmended(Draft draft, StoredVersion previous, StoredVersion v, List<StoredAmendment> all) {
        List<StoredAmendment> adopted = new ArrayList<>(all.stream()
                .filter(s -> s.amendment().status() == AmendmentStatus.ADOPTED && !s.amendment().isSubAmendment())
                .filter(s -> s.decidedAt() != null && !s.decidedAt().isAfter(v.createdAt() == null ? OffsetDateTime.MAX : v.createdAt()))
                .toList());
        adopted.sort(Comparator.comparing(StoredAmendment::decidedAt).thenComparingInt(s -> s.amendment().number()));
        List<AttributionStep> steps = new ArrayList<>();
        Document current = previous.document();
        List<List<Operation>> changes = new ArrayList<>();
        try {
            for (StoredAmendment s : adopted) {
                Amendment a = s.amendment();
                changes.add(ReAnchoring.reAnchor(documents.get(draft.id(), a.anchoredVersion()), current, a.operations()));
                steps.add(new AttributionStep(amendmentSource(s, all), AmendmentApplication.applyAll(current, changes)));
            }
        } catch (Refusal | IllegalArgumentException | IllegalStateException noLongerReplays) {
            List<ChangeSource> sources = adopted.stream().map(s -> amendmentSource(s, all)).toList();
            return List.of(new AttributionStep(sources.isEmpty() ? ChangeSource.of(COMMITTEE, createdAt(v))
                    : ChangeSource.merged(sources), v.document()));
        }
        steps.add(new AttributionStep(ChangeSource.of(COMMITTEE, createdAt(v)), v.document()));
        return steps;
    }

    private ChangeSource orallyRevised(StoredVersion v, List<AuditEntry> oralRevisions) {
        for (AuditEntry e : oralRevisions) {
            Matcher version = VERSION.matcher(e.payload());
            if (version.find() && Integer.parseInt(version.group(1)) == v.number()) {
                Matcher state = MEMBER_STATE.matcher(e.payload());
                String name = state.find() ? memberStates.nameOf(state.group(1)) + " (" + ChangeSource.ORALLY_REVISED + ")"
                        : ChangeSource.ORALLY_REVISED;
                return ChangeSource.of(name, e.occurredAt());
            }
        }
        return ChangeSource.of(ChangeSource.ORALLY_REVISED, createdAt(v));
    }

    private List<String> sponsorNames(Draft draft) {
        List<String> names = draft.mainSponsors().stream().sorted().map(memberStates::nameOf).toList();
        return names.isEmpty() ? List.of(ChangeSource.SECRETARIAT) : names;
    }

    private static Optional<Instant> issuedOn(StoredVersion v, List<ProcedureRecords.SymbolIssued> symbols) {
        return symbols.stream().filter(s -> s.versionNumber() == v.number() && s.issuedOn() != null)
                .map(s -> start(s.issuedOn())).findFirst();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant createdAt(StoredVersion v) {
        return v.createdAt() == null ? Instant.EPOCH : v.createdAt().toInstant();
    }
}
