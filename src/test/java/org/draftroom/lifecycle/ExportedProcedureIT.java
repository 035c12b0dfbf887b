package org.draftroom.lifecycle;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Akoma Ntoso export of a version describes the procedure recorded for it, not only its text. */
@MicronautTest(transactional = false)
class ExportedProcedureIT extends ServerTest {
    @Inject
    MemberStates memberStates;

    @Test
    void the_adopted_resolution_exports_its_tabling_committee_action_adoption_vote_counts_and_co_sponsors() {
        Procedure p = new Procedure(http(), accounts);
        long id = p.zeroDraft();
        p.join(id, "CHL");
        String symbol = p.table(id).get("symbol").asText();
        p.ok(id, "open-action", p.secretariat(), null);
        List<String> voters = memberStates.all().stream().filter(s -> !s.observer()).map(MemberState::code).toList();
        p.ok(id, "action", p.secretariat(), Map.of("decision", "RECORDED_VOTE", "ballots", Procedure.ballots(120, 10, 30, voters)));
        p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "paragraph", 26, "recommendation", "draft resolution IV"));
        p.ok(id, "plenary", p.secretariat(), Map.of("decision", "WITHOUT_VOTE", "meeting", "53rd plenary meeting", "date", "2025-12-16"));
        int last = p.read(id).get("currentVersion").asInt();

        Http.Response akn = http().get("/api/drafts/" + id + "/versions/" + last + "/export?format=akn", p.secretariat());
        assertThat(akn.status()).isEqualTo(200);
        assertThat(akn.body())
                .contains(symbol)
                .contains("draftResolution")
                .contains("committeeAction")
                .contains("adopted")
                .contains("Chile");

        Http.Response zeroDraft = http().get("/api/drafts/" + id + "/versions/1/export?format=akn", p.secretariat());
        assertThat(zeroDraft.body()).as("a version exports only the steps taken up to it and on it")
                .doesNotContain(symbol).doesNotContain("committeeAction");
    }
}
