package org.draftroom.document.akn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.draftroom.document.akn.DocumentFormatException.Reason;
import org.w3c.dom.Element;

/** Reads {@link PublicationFacts} back from {@code <meta>}: symbol alias, workflow steps, voting, sponsors. */
final class AknMetaReader {

    private AknMetaReader() {
    }

    static PublicationFacts facts(Element meta) {
        String symbol = Dom.first(meta, "FRBRalias", "name", "symbol").map(e -> e.getAttribute("value")).orElse(null);
        Map<String, Element> byEid = new HashMap<>();
        for (Element ref : Dom.find(meta, "references", null, null)) {
            for (org.w3c.dom.Node n = ref.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.hasAttribute("eId")) {
                    byEid.put(e.getAttribute("eId"), e);
                }
            }
        }
        List<PublicationFacts.WorkflowStep> steps = new ArrayList<>();
        for (Element step : Dom.find(meta, "step", null, null)) {
            Element event = byEid.get(step.getAttribute("refersTo").replaceFirst("^#", ""));
            String name = event != null ? event.getAttribute("showAs") : step.getAttribute("refersTo").replaceFirst("^#", "");
            String reference = event == null ? null : Dom.attr(event, "shortForm");
            try {
                steps.add(new PublicationFacts.WorkflowStep(name, reference, AknHeadReader.date(step)));
            } catch (IllegalArgumentException e) {
                throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "Bad workflow step: " + e.getMessage());
            }
        }
        PublicationFacts.VotingOutcome outcome = Dom.first(meta, "voting", null, null).map(AknMetaReader::voting)
                .orElse(null);
        List<String> sponsors = new ArrayList<>();
        for (Element org : Dom.find(meta, "TLCOrganization", null, null)) {
            if (org.getAttribute("eId").startsWith(AknReferences.SPONSOR_PREFIX)) {
                sponsors.add(org.getAttribute("showAs"));
            }
        }
        return new PublicationFacts(symbol, steps, outcome, sponsors);
    }

    private static PublicationFacts.VotingOutcome voting(Element voting) {
        if ("#withoutVote".equals(voting.getAttribute("refersTo"))) {
            return PublicationFacts.VotingOutcome.adoptedWithoutVote();
        }
        int yes = 0;
        int no = 0;
        int abstentions = 0;
        for (Element count : Dom.children(voting, "count")) {
            int value = AknHeadReader.number(count.getAttribute("value"));
            switch (count.getAttribute("refersTo")) {
                case "#inFavour" -> yes = value;
                case "#against" -> no = value;
                case "#abstentions" -> abstentions = value;
                default -> { }
            }
        }
        try {
            return PublicationFacts.VotingOutcome.recorded(yes, no, abstentions);
        } catch (IllegalArgumentException e) {
            throw new DocumentFormatException(Reason.NOT_A_RESOLUTION, "Bad vote counts: " + e.getMessage());
        }
    }
}
