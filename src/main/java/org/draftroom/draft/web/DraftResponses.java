package org.draftroom.draft.web;

import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.StoredVersion;
import org.draftroom.draft.store.VersionKind;
import org.draftroom.memberstate.MemberStates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the drafts API answers: records made for clients, never database rows. */
final class DraftResponses {
    private DraftResponses() {
    }

    record StateName(String code, String name) {
    }

    record DraftSummary(long id, String title, String symbol, String stage, Integer session, String committee,
                        Integer agendaItem, List<StateName> mainSponsors, int currentVersion, OffsetDateTime createdAt,
                        OffsetDateTime lastChangedAt) {
    }

    record VersionRef(int number, String label, String kind, OffsetDateTime createdAt, String createdBy) {
    }

    record ParagraphResponse(String id, String label, String kind, int depth, String parentId, String openingPhrase,
                             String text, List<FootnoteRefResponse> footnoteRefs, List<EmphasisResponse> emphasis,
                             boolean inserted) {
    }

    record FootnoteRefResponse(int offset, int number) {
    }

    record EmphasisResponse(int start, int end, String style) {
    }

    record FootnoteResponse(int number, String text) {
    }

    record AdoptionResponse(String resolutionNumber, LocalDate adoptionDate, String reportSymbol, Integer reportParagraph,
                            String plenaryMeeting) {
    }

    record MetadataResponse(String organ, String symbol, String distribution, LocalDate date, Integer session,
                            String committee, Integer agendaItemNumber, String agendaItemTitle, String title,
                            List<String> mainSponsors, AdoptionResponse adoption) {
    }

    record DraftResponse(long id, String title, String symbol, String stage, Integer session, String committee,
                         List<StateName> mainSponsors, String facilitator, VersionRef version, int currentVersion,
                         MetadataResponse metadata, List<ParagraphResponse> paragraphs, List<FootnoteResponse> footnotes,
                         Map<String, Object> procedure, List<String> allowedActions) {
    }

    record VersionResponse(long draftId, VersionRef version, MetadataResponse metadata, List<ParagraphResponse> paragraphs,
                           List<FootnoteResponse> footnotes) {
    }

    /** A draft just imported: it last changed when it was created. */
    static DraftSummary summary(Draft d, MemberStates states) {
        return summary(d, d.createdAt(), states);
    }

    /** {@code lastChangedAt}: the time of the latest change recorded for the draft. */
    static DraftSummary summary(Draft d, OffsetDateTime lastChangedAt, MemberStates states) {
        return new DraftSummary(d.id(), d.title(), d.symbol(), d.stage().name(), d.session(), d.committee(), d.agendaItemNumber(),
                names(d.mainSponsors(), states), d.currentVersion(), d.createdAt(), lastChangedAt);
    }

    static List<StateName> names(List<String> codes, MemberStates states) {
        return codes.stream().map(c -> new StateName(c, states.nameOf(c)))
                .sorted(java.util.Comparator.comparing(StateName::name)).toList();
    }

    static VersionRef ref(StoredVersion v) {
        return new VersionRef(v.number(), v.label(), v.kind().name(), v.createdAt(), v.createdBy());
    }

    static VersionRef ref(int number, String label, VersionKind kind, OffsetDateTime at, String by) {
        return new VersionRef(number, label, kind.name(), at, by);
    }

    static MetadataResponse metadata(DocumentMetadata m) {
        Adoption a = m.adoption();
        return new MetadataResponse(m.organ(), m.effectiveSymbol(), m.distribution() == null ? null : m.distribution().printed(),
                m.date(), m.session(), m.committee(), m.agendaItemNumber(), m.agendaItemTitle(), m.title(), m.mainSponsors(),
                a == null ? null : new AdoptionResponse(a.resolutionNumber(), a.adoptionDate(), a.reportSymbol(),
                        a.reportParagraph(), a.plenaryMeeting()));
    }

    static List<ParagraphResponse> paragraphs(Document document) {
        List<String> labels = document.labels();
        List<Paragraph> all = document.paragraphs();
        List<ParagraphResponse> out = new ArrayList<>(all.size());
        String[] parents = new String[Paragraph.MAX_DEPTH + 1];
        for (int i = 0; i < all.size(); i++) {
            Paragraph p = all.get(i);
            parents[p.depth()] = p.id().value();
            String parent = p.depth() == 0 ? null : parents[p.depth() - 1];
            out.add(new ParagraphResponse(p.id().value(), labels.get(i), p.kind().name(), p.depth(), parent, p.openingPhrase(),
                    p.text(), p.footnoteRefs().stream().map(DraftResponses::ref).toList(),
                    p.emphasis().stream().map(DraftResponses::emphasis).toList(), p.inserted()));
        }
        return out;
    }

    static List<FootnoteResponse> footnotes(Document document) {
        return document.footnotes().stream().map(f -> new FootnoteResponse(f.number(), f.text())).toList();
    }

    private static FootnoteRefResponse ref(FootnoteRef r) {
        return new FootnoteRefResponse(r.offset(), r.number());
    }

    private static EmphasisResponse emphasis(Emphasis e) {
        return new EmphasisResponse(e.start(), e.end(), e.style().name());
    }
}
