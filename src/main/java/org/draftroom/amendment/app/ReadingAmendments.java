package org.draftroom.amendment.app;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.AmendmentAdmissibility;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.CompetingPairs;
import org.draftroom.amendment.store.AmendmentStore;
import org.draftroom.amendment.store.DocumentCache;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Stage;
import org.draftroom.draft.store.DraftStore;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A draft's amendments, a page at a time, filtered by paragraph, status, State (author or
 * co-sponsor) or author, with per paragraph who competes with whom. A constant number of queries whatever
 * the number of amendments: the draft, the page, the pending footprints (and the amendments among
 * them anchored to an older text of their paragraph); the text comes from memory.
 */
@Singleton
public class ReadingAmendments {
    public static final int MAX_PAGE = 200;
    private static final int MAX_PAGE_NUMBER = 1_000_000;
    private final DraftStore drafts;
    private final DocumentCache documents;
    private final AmendmentStore amendments;
    private final CompetingAmendments competing;
    private final MemberStates memberStates;

    ReadingAmendments(DraftStore drafts, DocumentCache documents, AmendmentStore amendments, CompetingAmendments competing,
                      MemberStates memberStates) {
        this.drafts = drafts;
        this.documents = documents;
        this.amendments = amendments;
        this.competing = competing;
        this.memberStates = memberStates;
    }

    /** Paragraphs on which pending amendments compete: which ones, and the competing pairs. */
    public record Competing(String paragraph, String paragraphId, List<Integer> amendments, List<List<Integer>> pairs) {
    }

    /** @param labels current label of every paragraph id of the current version */
    public record Listing(Draft draft, List<StoredAmendment> items, long total, int page, int size,
                          Map<String, String> labels, List<Competing> competing) {
    }

    /** {@code stage}: the draft's, which says what may be done with the amendment now. */
    public record One(StoredAmendment amendment, Map<String, String> labels, Stage stage) {
    }

    /**
     * @param memberState amendments this State proposed or co-sponsors
     * @param author      amendments this State proposed
     */
    @ReadOnly
    public Listing list(long draftId, String paragraph, String status, String memberState, String author, int page, int size) {
        if (page < 0 || page > MAX_PAGE_NUMBER || size < 1 || size > MAX_PAGE) {
            throw Refusal.badRequest("bad-page", "page is 0 to " + MAX_PAGE_NUMBER + " and size is 1 to " + MAX_PAGE);
        }
        Draft draft = drafts.require(draftId);
        Document text = documents.get(draftId, draft.currentVersion());
        String paragraphId = paragraph == null ? null : AmendmentAdmissibility.paragraphMustExist(text, paragraph).id().value();
        String statusName = status == null ? null : status(status);
        AmendmentStore.Filter filter = new AmendmentStore.Filter(paragraphId, statusName, memberState("state", memberState),
                memberState("author", author));
        AmendmentStore.Page found = amendments.page(draftId, filter, page * size, size);
        Map<String, String> labels = labels(text);
        List<CompetingPairs.Pair> pairs = competing.all(draftId, text, draft.currentVersion());
        Map<Integer, SortedSet<Integer>> competitors = CompetingPairs.competitorsOf(pairs);
        List<StoredAmendment> items = found.items().stream()
                .map(s -> s.competingWith(List.copyOf(competitors.getOrDefault(s.amendment().number(), new TreeSet<>())))).toList();
        return new Listing(draft, items, found.total(), page, size, labels, byParagraph(pairs, labels));
    }

    @ReadOnly
    public One one(long draftId, int number) {
        Draft draft = drafts.require(draftId);
        StoredAmendment found = amendments.find(draftId, number)
                .orElseThrow(() -> Refusal.notFound("Amendment", number + " of draft " + draftId));
        Document text = documents.get(draftId, draft.currentVersion());
        return new One(competing.of(found, text, draft.currentVersion()), labels(text), draft.stage());
    }

    private static List<Competing> byParagraph(List<CompetingPairs.Pair> found, Map<String, String> labels) {
        Map<String, List<List<Integer>>> pairs = new LinkedHashMap<>();
        for (CompetingPairs.Pair p : found) {
            pairs.computeIfAbsent(p.paragraph().value(), k -> new ArrayList<>()).add(List.of(p.first(), p.second()));
        }
        List<Competing> out = new ArrayList<>();
        pairs.forEach((id, list) -> {
            TreeSet<Integer> numbers = new TreeSet<>();
            list.forEach(numbers::addAll);
            out.add(new Competing(labels.getOrDefault(id, id), id, List.copyOf(numbers), list));
        });
        return out;
    }

    static Map<String, String> labels(Document text) {
        List<String> labels = text.labels();
        Map<String, String> out = new HashMap<>(labels.size() * 2);
        List<Paragraph> paragraphs = text.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.put(paragraphs.get(i).id().value(), labels.get(i));
        }
        return out;
    }

    /** The code of a Member State, to filter by; refused in words when it is none (a status given as a State, say). */
    private String memberState(String parameter, String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (memberStates.byCode(c).isPresent()) {
            return c;
        }
        boolean aStatus = Arrays.stream(AmendmentStatus.values()).anyMatch(s -> s.name().equals(c));
        throw Refusal.badRequest("unknown-member-state", parameter + " is the code of a Member State, such as FRA"
                + (aStatus ? "; to filter by the state of the amendment, use status=" + c.toLowerCase(Locale.ROOT) : ""))
                .with("parameter", parameter);
    }

    private static String status(String status) {
        try {
            return AmendmentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw Refusal.badRequest("unknown-status", "status must be one of " + List.of(AmendmentStatus.values()));
        }
    }
}
