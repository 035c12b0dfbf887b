package org.draftroom.document.akn;

import java.time.LocalDate;
import java.util.List;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Footnote;

/**
 * Writes {@code <meta>}: FRBR Work/Expression/Manifestation identification from symbol, session and dates;
 * {@code <workflow>} steps; {@code <analysis>} with the voting outcome; {@code <references>}; and
 * {@code <notes>} for footnotes no paragraph points at.
 */
final class AknMetaWriter {

    /** FRBRdate when the document carries no date at all (the schema requires one). */
    static final LocalDate UNKNOWN_DATE = LocalDate.of(1945, 10, 24);
    /** FRBRalias name of the IRI Draftroom wrote before AKN4UN naming, kept so that old links still resolve. */
    static final String FORMER_IRI = "formerIri";

    private final Document d;
    private final PublicationFacts facts;
    private final XmlOut x;
    private final AknReferences refs;

    AknMetaWriter(Document d, PublicationFacts facts, XmlOut x, AknReferences refs) {
        this.d = d;
        this.facts = facts;
        this.x = x;
        this.refs = refs;
    }

    void write(List<Footnote> unreferenced, AknBodyWriter body) {
        DocumentMetadata m = d.metadata();
        x.open("meta");
        identification(m);
        if (!facts.steps().isEmpty()) {
            x.open("workflow", "source", "#draftroom");
            List<PublicationFacts.WorkflowStep> steps = facts.steps();
            for (int i = 0; i < steps.size(); i++) {
                PublicationFacts.WorkflowStep s = steps.get(i);
                boolean adoption = facts.outcome() != null && i == steps.size() - 1;
                x.leaf("step", "date", s.date().toString(), "by", "#" + refs.organ(),
                        "refersTo", "#" + AknReferences.eventId(i, s),
                        "outcome", adoption ? "#" + (facts.outcome().adopted() ? "adopted" : "rejected") : null);
            }
            x.close();
        }
        if (!facts.votes().isEmpty()) {
            AknVotes.analysis(x, facts.votes());
        } else if (facts.outcome() != null) {
            voting(facts.outcome());
        }
        refs.write(x, facts);
        if (!unreferenced.isEmpty()) {
            x.open("notes", "source", "#draftroom");
            for (Footnote f : unreferenced) {
                x.open("note", "eId", "note_" + f.number(), "marker", String.valueOf(f.number()), "placement", "bottom");
                body.footnoteText(f);
                x.close();
            }
            x.close();
        }
        if (!facts.votes().isEmpty()) {
            AknVotes.proprietary(x, facts.votes());
        }
        x.close();
    }

    private void identification(DocumentMetadata m) {
        Adoption a = m.adoption();
        boolean draft = a == null;
        String subtype = draft ? AknNames.DRAFT_SUBTYPE : AknNames.DOC_NAME;
        LocalDate workDate = firstNonNull(draft ? m.date() : a.adoptionDate(), m.date(), UNKNOWN_DATE);
        LocalDate versionDate = firstNonNull(m.date(), workDate, UNKNOWN_DATE);
        String number = number(m);
        String work = "/akn/un/statement/deliberation/" + actor(m) + "/" + workDate + "/" + number;
        String formerWork = "/akn/un/statement/" + subtype + "/" + refs.organ() + "/" + workDate + "/" + formerNumber(m);
        PublicationFacts.Version version = facts.version();
        String expression = work + "/eng@" + versionDate + (version != null && version.sharesDate() ? ";" + version.number() : "");
        x.open("identification", "source", "#draftroom");
        x.open("FRBRWork");
        x.leaf("FRBRthis", "value", work + "/!main");
        x.leaf("FRBRuri", "value", work);
        if (facts.symbol() != null) {
            x.leaf("FRBRalias", "value", facts.symbol(), "name", "symbol");
        }
        x.leaf("FRBRalias", "value", formerWork, "name", FORMER_IRI);
        x.leaf("FRBRdate", "date", workDate.toString(), "name", draft ? "tabled" : "adopted");
        x.leaf("FRBRauthor", "href", "#" + refs.organ());
        x.leaf("FRBRcountry", "value", "un");
        x.leaf("FRBRsubtype", "value", subtype);
        x.leaf("FRBRnumber", "value", number);
        x.close();
        x.open("FRBRExpression");
        x.leaf("FRBRthis", "value", expression + "/!main");
        x.leaf("FRBRuri", "value", expression);
        x.leaf("FRBRdate", "date", versionDate.toString(), "name", "version");
        if (draft && !m.mainSponsors().isEmpty()) {
            m.mainSponsors().forEach(s -> x.leaf("FRBRauthor", "href", "#" + refs.sponsor(s), "as", "#sponsor"));
        } else {
            x.leaf("FRBRauthor", "href", "#" + refs.organ());
        }
        if (version != null) {
            x.leaf("FRBRversionNumber", "value", String.valueOf(version.number()));
        }
        x.leaf("FRBRlanguage", "language", "eng");
        x.close();
        x.open("FRBRManifestation");
        x.leaf("FRBRthis", "value", expression + "/!main.xml");
        x.leaf("FRBRuri", "value", expression + ".akn");
        x.leaf("FRBRdate", "date", versionDate.toString(), "name", "generation");
        x.leaf("FRBRauthor", "href", "#draftroom");
        x.leaf("FRBRformat", "value", "application/akn+xml");
        x.close();
        x.close();
    }

    private void voting(PublicationFacts.VotingOutcome o) {
        x.open("analysis", "source", "#draftroom");
        x.open("parliamentary");
        x.open("voting", "eId", "voting_1", "outcome", "#" + (o.adopted() ? "adopted" : "rejected"),
                "refersTo", o.withoutVote() ? "#withoutVote" : "#recordedVote");
        if (o.withoutVote()) {
            x.leaf("count", "eId", "voting_1__count_votesCast", "value", "0", "refersTo", "#votesCast");
        } else {
            x.leaf("count", "eId", "voting_1__count_inFavour", "value", String.valueOf(o.yes()), "refersTo", "#inFavour");
            x.leaf("count", "eId", "voting_1__count_against", "value", String.valueOf(o.no()), "refersTo", "#against");
            x.leaf("count", "eId", "voting_1__count_abstentions", "value", String.valueOf(o.abstentions()),
                    "refersTo", "#abstentions");
        }
        x.close().close().close();
    }

    /**
     * The AKN4UN number component: "76-186" for resolution 76/186, the symbol with '/' as '-' for a draft
     * ("A-C.3-80-L.20"), else "unnumbered".
     */
    private String number(DocumentMetadata m) {
        Adoption a = m.adoption();
        if (a != null && a.resolutionNumber() != null) {
            return AknNames.uriNumber(a.resolutionNumber());
        }
        return formerNumber(m);
    }

    /**
     * The AKN4UN actor: "un-ga" for the General Assembly (its resolutions and plenary drafts), "un-ga-c3" for a
     * draft of the Third Committee (and likewise for the other Main Committees).
     */
    static String actor(DocumentMetadata m) {
        if (m.adoption() == null && m.committee() != null) {
            java.util.regex.Matcher c = java.util.regex.Pattern.compile("(First|Second|Third|Fourth|Fifth|Sixth) Committee")
                    .matcher(m.committee());
            if (c.find()) {
                int n = List.of("First", "Second", "Third", "Fourth", "Fifth", "Sixth").indexOf(c.group(1)) + 1;
                return "un-ga-c" + n;
            }
        }
        return "un-ga";
    }

    /** The number part of the IRIs Draftroom wrote before AKN4UN naming: the symbol with '/' as '-'. */
    private String formerNumber(DocumentMetadata m) {
        String symbol = facts.symbol() != null ? facts.symbol() : m.effectiveSymbol();
        return symbol == null ? "unnumbered" : AknNames.uriNumber(symbol);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
