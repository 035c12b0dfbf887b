package org.draftroom.document.akn;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.draftroom.document.model.DocumentMetadata;

/**
 * The {@code <references>} of the export: the organ and every sponsor as TLCOrganization, workflow steps as
 * TLCEvent, voting terms as TLCConcept. Sponsors named in {@link PublicationFacts#sponsors()} get eIds
 * {@code sponsor_<name>}; main sponsors printed on the draft but missing there get {@code proponent_<name>}.
 */
final class AknReferences {

    static final String SPONSOR_PREFIX = "sponsor_";
    static final String PROPONENT_PREFIX = "proponent_";
    static final String ORGANIZATIONS = "/akn/ontology/organizations/un/";
    private static final Map<String, String> CONCEPTS = Map.of("adopted", "Adopted", "rejected", "Rejected",
            "withoutVote", "Without a vote", "votesCast", "Votes cast", "recordedVote", "Recorded vote",
            "inFavour", "In favour", "against", "Against", "abstentions", "Abstentions");

    private final String organName;
    private final String organId;
    private final Map<String, String> sponsorIds = new LinkedHashMap<>();
    private final Set<String> usedIds = new LinkedHashSet<>();

    AknReferences(DocumentMetadata m, PublicationFacts facts) {
        usedIds.add("draftroom");
        organName = m.organ() != null ? m.organ() : "General Assembly";
        organId = unique(AknNames.camel(organName));
        for (String s : facts.sponsors()) {
            sponsorIds.putIfAbsent(s, unique(SPONSOR_PREFIX + AknNames.camel(s)));
        }
        for (String s : m.mainSponsors()) {
            sponsorIds.putIfAbsent(s, unique(PROPONENT_PREFIX + AknNames.camel(s)));
        }
    }

    String organ() {
        return organId;
    }

    String sponsor(String name) {
        return sponsorIds.get(name);
    }

    List<String> sponsorNames() {
        return List.copyOf(sponsorIds.keySet());
    }

    void write(XmlOut x, PublicationFacts facts) {
        x.open("references", "source", "#draftroom");
        x.leaf("TLCOrganization", "eId", organId, "href", ORGANIZATIONS + organId, "showAs", organName);
        sponsorIds.forEach((name, id) -> x.leaf("TLCOrganization", "eId", id,
                "href", ORGANIZATIONS + "memberState/" + AknNames.camel(name), "showAs", name));
        x.leaf("TLCOrganization", "eId", "draftroom", "href", "/akn/ontology/organizations/draftroom",
                "showAs", "Draftroom");
        List<PublicationFacts.WorkflowStep> steps = facts.steps();
        for (int i = 0; i < steps.size(); i++) {
            PublicationFacts.WorkflowStep s = steps.get(i);
            x.leaf("TLCEvent", "eId", eventId(i, s), "href", "/akn/ontology/events/un/" + s.name(),
                    "showAs", s.name(), "shortForm", s.reference());
        }
        Set<String> concepts = new LinkedHashSet<>();
        if (facts.outcome() != null) {
            PublicationFacts.VotingOutcome o = facts.outcome();
            concepts.add(o.adopted() ? "adopted" : "rejected");
            concepts.addAll(o.withoutVote() ? List.of("withoutVote", "votesCast")
                    : List.of("recordedVote", "inFavour", "against", "abstentions"));
        }
        for (org.draftroom.document.model.VoteRecord v : facts.votes()) {
            concepts.add(v.adopted() ? "adopted" : "rejected");
            concepts.addAll(v.recorded() ? List.of("recordedVote", "inFavour", "against", "abstentions")
                    : List.of("withoutVote", "votesCast"));
        }
        concepts.forEach(c -> concept(x, c, CONCEPTS.get(c)));
        x.close();
    }

    static String eventId(int index, PublicationFacts.WorkflowStep s) {
        return "event_" + (index + 1) + "_" + s.name();
    }

    private static void concept(XmlOut x, String id, String showAs) {
        x.leaf("TLCConcept", "eId", id, "href", "/akn/ontology/concepts/un/" + id, "showAs", showAs);
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !usedIds.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }
}
