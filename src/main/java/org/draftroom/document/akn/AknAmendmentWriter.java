package org.draftroom.document.akn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.draftroom.document.compare.ChangeType;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.DocumentComparer;
import org.draftroom.document.compare.ParagraphChange;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphId;

/**
 * Exports an amendment as an Akoma Ntoso {@code <amendment>}: its {@code <activeModifications>} name each
 * paragraph it changes (a {@code textualMod} whose destination is the paragraph's eId in the draft's export:
 * substitution, insertion or repeal), and its {@code <amendmentBody>} states each change in words with the
 * new text quoted.
 *
 * <pre>{@code
 * String xml = AknAmendmentWriter.write(draft, draftAsAmended, new Amendment("A/C.3/80/L.45", "Russian Federation", date));
 * }</pre>
 */
public final class AknAmendmentWriter {

    /**
     * The amendment's own facts: its symbol (or null), the proposing delegation, the date it was proposed, and
     * the co-sponsors who join the proposer.
     */
    public record Amendment(String symbol, String proposer, LocalDate date, List<String> cosponsors) {
        public Amendment {
            cosponsors = List.copyOf(cosponsors);
        }

        public Amendment(String symbol, String proposer, LocalDate date) {
            this(symbol, proposer, date, List.of());
        }
    }

    private AknAmendmentWriter() {
    }

    public static String write(Document draft, Document amended, Amendment a) {
        Comparison c = DocumentComparer.compareVersions(draft, amended);
        Map<ParagraphId, String> before = AknEids.of(draft);
        Map<ParagraphId, String> after = AknEids.of(amended);
        String draftSymbol = draft.metadata().effectiveSymbol();
        LocalDate draftDate = draft.metadata().date() != null ? draft.metadata().date() : AknMetaWriter.UNKNOWN_DATE;
        String target = "/akn/un/statement/deliberation/" + AknMetaWriter.actor(draft.metadata()) + "/" + draftDate + "/"
                + (draftSymbol == null ? "unnumbered" : AknNames.uriNumber(draftSymbol)) + "/!main";
        LocalDate date = a.date() != null ? a.date() : AknMetaWriter.UNKNOWN_DATE;
        String work = "/akn/un/amendment/" + AknMetaWriter.actor(draft.metadata()) + "/" + date + "/"
                + (a.symbol() == null ? "unnumbered" : AknNames.uriNumber(a.symbol()));
        String proposer = "proponent_" + AknNames.camel(a.proposer());
        List<ParagraphChange> changes = c.changes().stream().filter(ch -> ch.type() != ChangeType.UNCHANGED).toList();

        XmlOut x = new XmlOut().declaration();
        x.open("akomaNtoso").open("amendment", "name", "amendment");
        x.open("meta");
        x.open("identification", "source", "#draftroom");
        frbr(x, "FRBRWork", work, date, "#" + proposer, true);
        frbr(x, "FRBRExpression", work + "/eng@" + date, date, "#" + proposer, false);
        frbr(x, "FRBRManifestation", work + "/eng@" + date + ".akn", date, "#draftroom", false);
        x.close();
        x.open("analysis", "source", "#draftroom").open("activeModifications");
        for (int i = 0; i < changes.size(); i++) {
            ParagraphChange ch = changes.get(i);
            String type = switch (ch.type()) {
                case INSERTED -> "insertion";
                case DELETED -> "repeal";
                default -> "substitution";
            };
            String dest = ch.beforeId() != null ? before.get(ch.beforeId()) : after.get(ch.afterId());
            x.open("textualMod", "eId", "textualMod_" + (i + 1), "type", type);
            x.leaf("source", "href", "#amendmentContent_" + (i + 1) + "__mod_1");
            x.leaf("destination", "href", target + "#" + dest);
            x.close();
        }
        x.close().close();
        x.open("references", "source", "#draftroom");
        x.leaf("TLCOrganization", "eId", proposer, "href", AknReferences.ORGANIZATIONS + "memberState/"
                + AknNames.camel(a.proposer()), "showAs", a.proposer());
        for (String cosponsor : a.cosponsors()) {
            if (!cosponsor.equals(a.proposer())) {
                x.leaf("TLCOrganization", "eId", "cosponsor_" + AknNames.camel(cosponsor), "href", AknReferences.ORGANIZATIONS
                        + "memberState/" + AknNames.camel(cosponsor), "showAs", cosponsor);
            }
        }
        x.leaf("TLCOrganization", "eId", "draftroom", "href", "/akn/ontology/organizations/draftroom", "showAs", "Draftroom");
        x.close();
        x.close();
        x.open("preface").open("container", "name", "title", "eId", "preface__container_title").openMixed("p")
                .inlineText("docProponent", a.proposer(), "refersTo", "#" + proposer);
        for (String cosponsor : a.cosponsors()) {
            if (!cosponsor.equals(a.proposer())) {
                x.text(", ").inlineText("docProponent", cosponsor, "refersTo", "#cosponsor_" + AknNames.camel(cosponsor));
            }
        }
        x.text(": amendment to ")
                .inlineText("docNumber", draftSymbol == null ? "the draft resolution" : draftSymbol)
                .close().close().close();
        x.open("amendmentBody");
        for (int i = 0; i < changes.size(); i++) {
            content(x, changes.get(i), i + 1);
        }
        if (changes.isEmpty()) {
            x.open("amendmentContent").openMixed("p").text("No change.").close().close();
        }
        x.close();
        x.close().close();
        return x.finish();
    }

    private static void content(XmlOut x, ParagraphChange ch, int n) {
        String eId = "amendmentContent_" + n;
        x.open("amendmentContent", "eId", eId).openMixed("p");
        x.inline("mod", "eId", eId + "__mod_1");
        switch (ch.type()) {
            case INSERTED -> x.text("Insert a new paragraph " + ch.afterLabel() + " reading ")
                    .inlineText("quotedText", fullText(ch), "startQuote", "\u201C", "endQuote", "\u201D");
            case DELETED -> x.text("Delete " + ch.beforeLabel());
            default -> x.text("Replace " + ch.beforeLabel() + " with ")
                    .inlineText("quotedText", fullText(ch), "startQuote", "\u201C", "endQuote", "\u201D");
        }
        x.close().close().close();
    }

    /** The paragraph's text as amended: kept and inserted words of the row's diff. */
    private static String fullText(ParagraphChange ch) {
        StringBuilder b = new StringBuilder();
        ch.segments().stream().filter(s -> s.op() != org.draftroom.document.compare.DiffOp.DELETE)
                .forEach(s -> b.append(s.text()));
        return b.toString().strip();
    }

    private static void frbr(XmlOut x, String level, String uri, LocalDate date, String author, boolean work) {
        x.open(level);
        x.leaf("FRBRthis", "value", uri + (level.equals("FRBRManifestation") ? "" : "/!main"));
        x.leaf("FRBRuri", "value", uri);
        x.leaf("FRBRdate", "date", date.toString(), "name", "proposed");
        x.leaf("FRBRauthor", "href", author);
        if (work) {
            x.leaf("FRBRcountry", "value", "un");
            x.leaf("FRBRsubtype", "value", "amendment");
        } else if (level.equals("FRBRExpression")) {
            x.leaf("FRBRlanguage", "language", "eng");
        }
        x.close();
    }
}
