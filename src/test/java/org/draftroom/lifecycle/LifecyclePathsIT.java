package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.lifecycle.TablingAndJoiningIT.texts;

/** Every path of a draft through the procedure, over the API, with the process state checked in the engine. */
@MicronautTest(transactional = false)
class LifecyclePathsIT extends ServerTest {
    private static final String TITLE = "Improving the coordination of efforts against trafficking in persons";
    @Inject
    RuntimeService runtime;
    @Inject
    HistoryService history;
    @Inject
    MemberStates memberStates;

    private Procedure p() {
        return new Procedure(http(), accounts);
    }

    private List<String> voters() {
        return memberStates.all().stream().filter(s -> !s.observer()).map(MemberState::code).toList();
    }

    @Test
    void adopted_without_a_vote_after_an_oral_revision_then_adopted_in_plenary_as_a_numbered_resolution() {
        Procedure p = p();
        long id = p.zeroDraft();
        p.join(id, "CHL");
        String symbol = p.table(id).get("symbol").asText();
        p.join(id, "PER");
        p.ok(id, "open-action", p.secretariat(), null);
        assertThat(http().post("/api/drafts/" + id + "/cosponsors", p.delegate("ARG"), "").status()).isEqualTo(409);
        assertThat(p.read(id).get("procedure").get("sponsorship").get("closedReason").asText()).isEqualTo("ACTION");

        p.ok(id, "oral-revisions", p.secretariat(), Map.of("memberState", "BLR",
                "changes", List.of(Map.of("paragraph", "OP1", "text", "its strong support, as orally revised;"))));
        JsonNode revised = p.read(id);
        assertThat(revised.get("version").get("label").asText()).isEqualTo(symbol + " as orally revised");
        assertThat(revised.get("version").get("kind").asText()).isEqualTo("ORALLY_REVISED");

        JsonNode approved = p.ok(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE", "meeting", "50th meeting",
                "date", "2025-11-18"));
        assertThat(approved.get("stage").asText()).isEqualTo("APPROVED_BY_COMMITTEE");
        assertThat(texts(approved.get("allowedActions"))).contains("record-report");
        p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "paragraph", 26, "recommendation", "IV"));
        assertThat(p.stage(id)).isEqualTo("REPORTED");
        JsonNode adopted = p.ok(id, "plenary", p.secretariat(), Map.of("decision", "WITHOUT_VOTE",
                "meeting", "53rd plenary meeting", "date", "2025-12-16"));

        assertThat(adopted.get("stage").asText()).isEqualTo("ADOPTED");
        String resolution = adopted.get("symbol").asText();
        assertThat(resolution).matches("A/RES/80/\\d+");
        String number = resolution.substring("A/RES/".length());
        JsonNode draft = p.read(id);
        assertThat(draft.get("version").get("label").asText()).isEqualTo(resolution);
        assertThat(draft.get("version").get("kind").asText()).isEqualTo("ADOPTED");
        assertThat(draft.get("metadata").get("adoption").get("resolutionNumber").asText()).isEqualTo(number);
        assertThat(draft.get("procedure").get("decisions").get("resolutionNumber").asText()).isEqualTo(number);
        assertThat(draft.get("procedure").get("decisions").get("decisions")).hasSize(2);
        assertThat(texts(draft.get("allowedActions"))).doesNotContain("record-plenary-decision", "record-report", "record-action", "withdraw", "revise");
        assertThat(versionLabels(id)).containsExactly("zero draft", symbol, symbol + " as orally revised", resolution);

        String text = p.text(id, null);
        assertThat(text).contains("Resolution adopted by the General Assembly on 16 December 2025\n",
                "[on the report of the Third Committee (A/80/463, para. 26)]\n", number + ". " + TITLE + "\n",
                "its strong support, as orally revised;", "53rd plenary meeting\n16 December 2025\n");
        assertThat(text).doesNotContain("draft resolution");
        assertEnded(draft, "adopted", "inAction", "approvedByCommittee", "reported");
    }

    @Test
    void adopted_by_recorded_vote_in_the_committee_and_in_plenary() {
        Procedure p = p();
        long id = p.zeroDraft();
        p.table(id);
        p.ok(id, "open-action", p.secretariat(), null);
        JsonNode approved = p.ok(id, "action", p.secretariat(), Map.of("decision", "RECORDED_VOTE",
                "ballots", Procedure.ballots(120, 10, 30, voters())));
        assertThat(approved.get("stage").asText()).isEqualTo("APPROVED_BY_COMMITTEE");
        p.ok(id, "explanations-of-vote", p.secretariat(), Map.of("memberState", "FRA", "timing", "AFTER", "text", "France joined."));
        p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463/Add.2", "paragraph", 31, "recommendation", "draft resolution II"));
        JsonNode adopted = p.ok(id, "plenary", p.secretariat(), Map.of("decision", "RECORDED_VOTE",
                "ballots", Procedure.ballots(125, 9, 28, voters()), "meeting", "53rd plenary meeting", "date", "2025-12-16"));
        assertThat(adopted.get("stage").asText()).isEqualTo("ADOPTED");
        JsonNode decisions = p.read(id).get("procedure").get("decisions");
        assertThat(decisions.get("decisions").get(0).get("description").asText())
                .isEqualTo("adopted by a recorded vote of 120 to 10, with 30 abstentions");
        assertThat(decisions.get("decisions").get(1).get("tally").get("yes").asInt()).isEqualTo(125);
        assertThat(decisions.get("explanationsOfVote").get(0).get("memberStateName").asText()).isEqualTo("France");
        assertThat(p.text(id, null)).contains("[on the report of the Third Committee (A/80/463/Add.2, para. 31)]",
                "53rd plenary meeting\n16 December 2025");
    }

    @Test
    void rejected_by_recorded_vote_in_the_committee() {
        Procedure p = p();
        long id = p.zeroDraft();
        String symbol = p.table(id).get("symbol").asText();
        p.ok(id, "open-action", p.secretariat(), null);
        JsonNode rejected = p.ok(id, "action", p.secretariat(), Map.of("decision", "RECORDED_VOTE",
                "ballots", Procedure.ballots(50, 90, 20, voters())));
        assertThat(rejected.get("stage").asText()).isEqualTo("REJECTED_BY_COMMITTEE");
        assertThat(rejected.get("symbol").asText()).isEqualTo(symbol);
        assertThat(texts(rejected.get("allowedActions"))).containsExactly("record-explanation-of-vote");
        Http.Response report = p.step(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "paragraph", 1, "recommendation", "I"));
        assertThat(report.status()).isEqualTo(409);
        assertThat(report.json().get("stage").asText()).isEqualTo("REJECTED_BY_COMMITTEE");
        assertThat(versionLabels(id)).containsExactly("zero draft", symbol);
        assertThat(p.text(id, null)).contains(symbol, ": draft resolution\n");
        assertEnded(p.read(id), "rejectedByCommittee", "inAction");
    }

    @Test
    void a_no_action_motion_rejected_and_then_adopted_ends_the_draft_without_a_decision_on_it() {
        Procedure p = p();
        long id = p.zeroDraft();
        p.table(id);
        p.ok(id, "open-action", p.secretariat(), null);
        JsonNode stillInAction = p.ok(id, "action", p.secretariat(), Map.of("decision", "NO_ACTION_MOTION",
                "ballots", Procedure.ballots(60, 80, 10, voters())));
        assertThat(stillInAction.get("stage").asText()).isEqualTo("IN_ACTION");
        JsonNode noAction = p.ok(id, "action", p.secretariat(), Map.of("decision", "NO_ACTION_MOTION",
                "ballots", Procedure.ballots(90, 70, 10, voters())));
        assertThat(noAction.get("stage").asText()).isEqualTo("NO_ACTION");
        JsonNode decisions = p.read(id).get("procedure").get("decisions").get("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("subjectType").asText()).isEqualTo("MOTION");
        assertThat(decisions.get(0).get("adopted").asBoolean()).isFalse();
        assertThat(decisions.get(1).get("adopted").asBoolean()).isTrue();
        assertEnded(p.read(id), "noAction", "inAction");
    }

    @Test
    void withdrawn_by_a_main_sponsor_after_a_revision_before_action() {
        Procedure p = p();
        long id = p.zeroDraft();
        String symbol = p.table(id).get("symbol").asText();
        JsonNode rev = p.ok(id, "revise", p.delegate("VEN"), Map.of("date", "2025-11-10"));
        assertThat(rev.get("symbol").asText()).isEqualTo(symbol + "/Rev.1");
        assertThat(p.text(id, null)).contains(symbol + "/Rev.1\n",
                "Belarus, Democratic People's Republic of Korea, Russian Federation and Venezuela (Bolivarian Republic of): revised draft resolution\n");
        assertThat(p.read(id).get("procedure").get("lifecycle").get("heading").asText()).endsWith(": revised draft resolution");
        assertThat(p.step(id, "withdraw", p.secretariat(), null).status()).isEqualTo(403);
        JsonNode withdrawn = p.ok(id, "withdraw", p.delegate("RUS"), null);
        assertThat(withdrawn.get("stage").asText()).isEqualTo("WITHDRAWN");
        assertThat(versionLabels(id)).containsExactly("zero draft", symbol, symbol + "/Rev.1");
        assertThat(http().post("/api/drafts/" + id + "/cosponsors", p.delegate("ARG"), "").status()).isEqualTo(409);
        assertEnded(p.read(id), "withdrawnWhenTabled", "tabled");
    }

    @Test
    void deferred_after_a_statement_of_programme_budget_implications_and_adopted_later() {
        Procedure p = p();
        long id = p.zeroDraft();
        p.table(id);
        p.ok(id, "pbi", p.secretariat(), Map.of("paragraphs", List.of("OP5", "op 7"), "statement", "Additional resources of $120,000."));
        JsonNode deferred = p.ok(id, "defer", p.secretariat(), Map.of("until", "2025-11-20", "reason", "programme budget implications"));
        assertThat(deferred.get("stage").asText()).isEqualTo("DEFERRED");
        Http.Response early = p.step(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(texts(early.json().get("allowedActions"))).contains("open-action");
        p.join(id, "MEX");
        p.ok(id, "open-action", p.secretariat(), null);
        p.ok(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE"));
        p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "paragraph", 40, "recommendation", "VII"));
        JsonNode adopted = p.ok(id, "plenary", p.secretariat(), Map.of("decision", "WITHOUT_VOTE",
                "meeting", "60th plenary meeting", "date", "2025-12-22"));
        assertThat(adopted.get("stage").asText()).isEqualTo("ADOPTED");
        JsonNode draft = p.read(id);
        assertThat(draft.get("procedure").get("lifecycle").get("pbiStatements").get(0).get("paragraphs").toString())
                .isEqualTo("[\"OP5\",\"OP7\"]");
        assertThat(p.text(id, null)).contains("Resolution adopted by the General Assembly on 22 December 2025",
                "(A/80/463, para. 40)]", "60th plenary meeting\n22 December 2025");
        assertEnded(draft, "adopted", "deferred", "inAction");
    }

    @Test
    void rejected_in_plenary_gets_no_resolution_number() {
        Procedure p = p();
        long id = p.zeroDraft();
        String symbol = p.table(id).get("symbol").asText();
        p.ok(id, "open-action", p.secretariat(), null);
        p.ok(id, "action", p.secretariat(), Map.of("decision", "WITHOUT_VOTE"));
        p.ok(id, "report", p.secretariat(), Map.of("symbol", "A/80/463", "paragraph", 26, "recommendation", "IV"));
        JsonNode rejected = p.ok(id, "plenary", p.secretariat(), Map.of("decision", "RECORDED_VOTE",
                "ballots", Procedure.ballots(40, 100, 20, voters()), "meeting", "53rd plenary meeting", "date", "2025-12-16"));
        assertThat(rejected.get("stage").asText()).isEqualTo("REJECTED_IN_PLENARY");
        assertThat(rejected.get("symbol").asText()).isEqualTo(symbol);
        assertThat(p.read(id).get("procedure").get("decisions").get("resolutionNumber").isNull()).isTrue();
        assertThat(versionLabels(id)).containsExactly("zero draft", symbol);
        assertEnded(p.read(id), "rejectedInPlenary", "reported");
    }

    private List<String> versionLabels(long id) {
        List<String> labels = new java.util.ArrayList<>();
        http().get("/api/drafts/" + id + "/versions", p().secretariat()).json().forEach(v -> labels.add(v.get("label").asText()));
        return labels;
    }

    /** The process has ended at {@code end}, having passed through the given stages' tasks. */
    private void assertEnded(JsonNode draft, String end, String... passedThrough) {
        String instance = draft.get("procedure").get("lifecycle").get("processInstanceId").asText();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        assertThat(done.getEndTime()).isNotNull();
        List<String> activities = history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
        assertThat(activities).contains(end).contains(passedThrough).contains("consultations");
    }
}
