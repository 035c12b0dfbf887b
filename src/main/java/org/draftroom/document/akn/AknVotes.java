package org.draftroom.document.akn;

import java.util.List;
import org.draftroom.document.model.VoteRecord;

/**
 * The votes of the record in the Akoma Ntoso export. Each decision is a {@code <voting>} of
 * {@code <analysis><parliamentary>} ({@code voting_1} …, in procedural order) with its counts; who voted
 * how, who proposed what and the meeting go in {@code <proprietary>}, in Draftroom's namespace
 * {@value #NS}:
 *
 * <pre>{@code
 * <dr:votes xmlns:dr="https://draftroom.org/ns/akn/votes/1.0">
 *   <dr:vote voting="#voting_1" kind="amendment" subject="A/C.3/80/L.61" date="2025-11-18"
 *            meeting="50th meeting" outcome="adopted" method="recordedVote">
 *     <dr:proposer>Egypt, on behalf of the Group of African States</dr:proposer>
 *     <dr:inFavour count="2"><dr:state>Egypt</dr:state><dr:state>Mexico</dr:state></dr:inFavour>
 *     <dr:against count="0"/>
 *     <dr:abstaining count="1"><dr:state>France</dr:state></dr:abstaining>
 *   </dr:vote>
 * </dr:votes>
 * }</pre>
 */
final class AknVotes {

    static final String NS = "https://draftroom.org/ns/akn/votes/1.0";

    private AknVotes() {
    }

    static String votingId(int index) {
        return "voting_" + (index + 1);
    }

    static void analysis(XmlOut x, List<VoteRecord> votes) {
        x.open("analysis", "source", "#draftroom");
        x.open("parliamentary");
        for (int i = 0; i < votes.size(); i++) {
            VoteRecord v = votes.get(i);
            String id = votingId(i);
            x.open("voting", "eId", id, "outcome", "#" + (v.adopted() ? "adopted" : "rejected"),
                    "refersTo", v.recorded() ? "#recordedVote" : "#withoutVote");
            if (v.recorded()) {
                x.leaf("count", "eId", id + "__count_inFavour", "value", String.valueOf(v.inFavourCount()), "refersTo", "#inFavour");
                x.leaf("count", "eId", id + "__count_against", "value", String.valueOf(v.againstCount()), "refersTo", "#against");
                x.leaf("count", "eId", id + "__count_abstentions", "value", String.valueOf(v.abstainingCount()),
                        "refersTo", "#abstentions");
            } else {
                x.leaf("count", "eId", id + "__count_votesCast", "value", "0", "refersTo", "#votesCast");
            }
            x.close();
        }
        x.close().close();
    }

    static void proprietary(XmlOut x, List<VoteRecord> votes) {
        x.open("proprietary", "source", "#draftroom");
        x.open("dr:votes", "xmlns:dr", NS);
        for (int i = 0; i < votes.size(); i++) {
            VoteRecord v = votes.get(i);
            boolean empty = v.proposer() == null && !v.recorded();
            String[] attrs = {"voting", "#" + votingId(i), "kind", v.kind(), "subject", v.subject(),
                    "date", v.date() == null ? null : v.date().toString(), "meeting", v.meeting(),
                    "outcome", v.adopted() ? "adopted" : "rejected", "method", v.recorded() ? "recordedVote" : "withoutVote"};
            if (empty) {
                x.leaf("dr:vote", attrs);
                continue;
            }
            x.open("dr:vote", attrs);
            if (v.proposer() != null) {
                x.openMixed("dr:proposer").text(v.proposer()).close();
            }
            if (v.recorded()) {
                states(x, "dr:inFavour", v.inFavourCount(), v.inFavour());
                states(x, "dr:against", v.againstCount(), v.against());
                states(x, "dr:abstaining", v.abstainingCount(), v.abstaining());
            }
            x.close();
        }
        x.close().close();
    }

    private static void states(XmlOut x, String element, int count, List<String> names) {
        if (names.isEmpty()) {
            x.leaf(element, "count", String.valueOf(count));
            return;
        }
        x.open(element, "count", String.valueOf(count));
        for (String name : names) {
            x.openMixed("dr:state").text(name).close();
        }
        x.close();
    }
}
