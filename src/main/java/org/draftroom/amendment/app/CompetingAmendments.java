package org.draftroom.amendment.app;

import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.CompetingPairs;
import org.draftroom.amendment.model.Footprint;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.CompetitionStore;
import org.draftroom.amendment.store.PendingFootprint;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.amendment.store.StoredFootprint;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which pending amendments compete, found when asked from the footprints of the pending
 * amendments on the current text: nothing about competition is stored, so it always follows the
 * current text and the amendments still pending. Footprints taken on another text of their
 * paragraph (the paragraph changed since the amendment was anchored) are placed again on the
 * current text; only those amendments are read again. Each answer costs at most two queries.
 */
@Singleton
public class CompetingAmendments {
    private final AmendmentStore amendments;
    private final CompetitionStore competition;
    private final FootprintCache footprints;

    CompetingAmendments(AmendmentStore amendments, CompetitionStore competition, FootprintCache footprints) {
        this.amendments = amendments;
        this.competition = competition;
        this.footprints = footprints;
    }

    /** A pending amendment competing on one paragraph. */
    public record Competitor(int number, ParagraphId paragraph) {
    }

    /**
     * The pending amendments competing with amendment {@code number} (0 for one being proposed),
     * a sub-amendment of {@code parentNumber} when not null, whose footprints in the current
     * {@code text} (version {@code current}) are {@code own}; in order of number, then paragraph.
     */
    public List<Competitor> with(long draftId, int number, Integer parentNumber, List<PlacedFootprint> own, Document text, int current) {
        List<Footprint> mine = own.stream().map(PlacedFootprint::footprint).toList();
        Set<Competitor> found = new LinkedHashSet<>();
        Set<Integer> elsewhere = new TreeSet<>();
        for (PendingFootprint other : competition.footprintsThatMayCompete(draftId, own)) {
            if (related(number, parentNumber, other.number(), other.parentNumber())) {
                continue;
            }
            if (other.sameText()) {
                compete(other.number(), other.footprint(), mine, found);
            } else {
                elsewhere.add(other.number());
            }
        }
        for (CompetingPairs.Entry theirs : placedAgain(draftId, elsewhere, text, current)) {
            compete(theirs.number(), theirs.footprint(), mine, found);
        }
        return found.stream().sorted(Comparator.comparingInt(Competitor::number).thenComparing(c -> c.paragraph().value())).toList();
    }

    private static void compete(int other, Footprint theirs, List<Footprint> mine, Set<Competitor> found) {
        for (Footprint f : mine) {
            if (f.competesWith(theirs)) {
                found.add(new Competitor(other, f.paragraph()));
            }
        }
    }

    /** The numbers of the pending amendments competing with a stored one; none once it is no longer pending. */
    public StoredAmendment of(StoredAmendment stored, Document text, int current) {
        Amendment a = stored.amendment();
        if (a.status() != AmendmentStatus.PENDING) {
            return stored;
        }
        List<Competitor> found = with(a.draftId(), a.number(), a.parentNumber(),
                PlacedFootprint.place(text, footprints.of(a, text, current)), text, current);
        return stored.competingWith(found.stream().map(Competitor::number).distinct().toList());
    }

    /** Every competing pair among the draft's pending amendments, on its current {@code text} (version {@code current}). */
    public List<CompetingPairs.Pair> all(long draftId, Document text, int current) {
        Map<ParagraphId, Long> fingerprints = new HashMap<>();
        List<StoredFootprint> stored = competition.pendingFootprints(draftId);
        Set<Integer> elsewhere = new TreeSet<>();
        for (StoredFootprint f : stored) {
            ParagraphId paragraph = f.placed().footprint().paragraph();
            long now = fingerprints.computeIfAbsent(paragraph, p -> PlacedFootprint.fingerprint(text.paragraph(p).orElse(null)));
            if (now != f.placed().textFingerprint()) {
                elsewhere.add(f.number());
            }
        }
        List<CompetingPairs.Entry> entries = new ArrayList<>(stored.size());
        for (StoredFootprint f : stored) {
            if (!elsewhere.contains(f.number())) {
                entries.add(new CompetingPairs.Entry(f.number(), f.parentNumber(), f.placed().footprint()));
            }
        }
        entries.addAll(placedAgain(draftId, elsewhere, text, current));
        return CompetingPairs.among(entries);
    }

    /**
     * The footprints on the current {@code text} of the pending amendments {@code numbers}, whose
     * stored footprints were taken on another text of their paragraph (one query, none when there
     * are no such amendments).
     */
    private List<CompetingPairs.Entry> placedAgain(long draftId, Set<Integer> numbers, Document text, int current) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<CompetingPairs.Entry> out = new ArrayList<>();
        for (StoredAmendment pending : amendments.pendingWithNumbers(draftId, numbers)) {
            Amendment a = pending.amendment();
            for (Footprint f : footprints.of(a, text, current)) {
                out.add(new CompetingPairs.Entry(a.number(), a.parentNumber(), f));
            }
        }
        return out;
    }

    private static boolean related(int number, Integer parentNumber, int other, Integer otherParent) {
        return other == number || (parentNumber != null && parentNumber == other) || (otherParent != null && otherParent == number);
    }
}
