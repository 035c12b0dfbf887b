package org.draftroom.agreedlanguage;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.agreedlanguage.engine.SilenceProcess;
import org.draftroom.shared.Role;
import org.draftroom.support.Database;
import org.draftroom.support.EventStream;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The silence procedure over HTTP: who starts it and who breaks it, If-Match on both, the deadline's
 * bounds, and the process's timer closing it (held, broken) from Flowable's job tables.
 */
@MicronautTest(transactional = false)
class SilenceProcedureIT extends ServerTest {
    @Inject
    Database database;
    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;

    private long draft() {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        accounts.facilitator(http());
        Http.Response r = http().post("/api/drafts/" + id + "/facilitator", accounts.secretariat(http()), Map.of("username", "facilitator"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return id;
    }

    private Http.Response readDraft(long id, String token) {
        Http.Response r = http().get("/api/drafts/" + id, token);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private String draftTag(long id) {
        return readDraft(id, accounts.facilitator(http())).header("ETag").orElseThrow();
    }

    private Http.Response start(long id, String token, Object until, String ifMatch) {
        Map<String, Object> body = until == null ? Map.of() : Map.of("until", until.toString());
        return ifMatch == null ? http().post("/api/drafts/" + id + "/silence", token, body)
                : http().post("/api/drafts/" + id + "/silence", token, body, "If-Match", ifMatch);
    }

    private Http.Response breakSilence(long id, String token, Map<String, Object> body, String ifMatch) {
        return ifMatch == null ? http().post("/api/drafts/" + id + "/silence/break", token, body)
                : http().post("/api/drafts/" + id + "/silence/break", token, body, "If-Match", ifMatch);
    }

    private JsonNode silence(long id) {
        Http.Response r = http().get("/api/drafts/" + id + "/silence", accounts.delegate(http(), "CHL"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private List<String> allowed(long id, String token) {
        return texts(readDraft(id, token).json().get("allowedActions"));
    }

    /** Waits for the timer (the engine looks for due timers every few seconds) to close the silence. */
    private JsonNode closed(long id) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(90);
        while (silence(id).get("state").asText().equals("under silence") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
        }
        return silence(id);
    }

    private long timers(long silenceId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(SilenceProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(silenceId)).singleResult().getId();
        return management.createTimerJobQuery().processInstanceId(instance).count();
    }

    private long running(long silenceId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(SilenceProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(silenceId)).count();
    }

    private long audited(long id, String type) {
        return database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE draft_id = " + id + " AND event_type = '" + type + "'");
    }

    @Test
    void only_the_assigned_facilitator_starts_it_with_the_drafts_tag_until_a_moment_still_to_come_within_two_weeks() {
        long id = draft();
        String facilitator = accounts.facilitator(http());
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String tag = draftTag(id);
        assertThat(allowed(id, facilitator)).contains("start-silence").doesNotContain("break-silence");
        assertThat(allowed(id, accounts.delegate(http(), "CHL"))).doesNotContain("start-silence", "break-silence");

        assertThat(start(id, accounts.delegate(http(), "CHL"), until, tag).status()).isEqualTo(403);
        assertThat(start(id, accounts.secretariat(http()), until, tag).status()).isEqualTo(403);
        Http.Response other = start(id, accounts.user(http(), "facilitator2", Role.FACILITATOR), until, tag);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(start(id, facilitator, until, null).status()).isEqualTo(428);
        Http.Response stale = start(id, facilitator, until, "\"" + id + ".0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asText()).endsWith("stale-draft");
        Http.Response past = start(id, facilitator, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), tag);
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("type").asText()).endsWith("deadline-not-ahead");
        assertThat(start(id, facilitator, null, tag).status()).isEqualTo(422);
        Http.Response tooLong = start(id, facilitator, OffsetDateTime.now(ZoneOffset.UTC).plusDays(15), tag);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("type").asText()).endsWith("silence-too-long");
        assertThat(http().post("/api/drafts/" + id + "/silence", facilitator, "{\"until\": \"next Friday\"}", "If-Match", tag).status())
                .isEqualTo(400);
        assertThat(http().get("/api/drafts/" + id + "/silence", facilitator).status()).isEqualTo(404);

        Http.Response started = start(id, facilitator, until, tag);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().get("state").asText()).isEqualTo("under silence");
        assertThat(started.json().get("version").asInt()).isEqualTo(1);
        assertThat(OffsetDateTime.parse(started.json().get("until").asText()).toInstant()).isEqualTo(until.toInstant());
        assertThat(started.header("ETag")).contains(started.json().get("etag").asText());
        assertThat(timers(started.json().get("id").asLong())).as("the deadline is a timer job in Flowable's tables").isEqualTo(1);
        Http.Response again = start(id, facilitator, until, draftTag(id));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).endsWith("silence-running");
        assertThat(allowed(id, facilitator)).doesNotContain("start-silence");
        JsonNode shown = readDraft(id, accounts.delegate(http(), "CHL")).json().get("procedure").get("silence");
        assertThat(shown.get("state").asText()).isEqualTo("under silence");
        assertThat(audited(id, "silence.started")).isEqualTo(1);
    }

    @Test
    void a_text_with_bracketed_paragraphs_does_not_go_under_silence() {
        long id = draft();
        String facilitator = accounts.facilitator(http());
        JsonNode op5 = null;
        for (JsonNode p : http().get("/api/drafts/" + id + "/compilation", facilitator).json().get("paragraphs")) {
            if (p.get("label").asText().equals("OP5")) {
                op5 = p;
            }
        }
        assertThat(op5).isNotNull();
        String words = op5.get("text").asText().substring(0, 20);
        Http.Response marked = http().put("/api/drafts/" + id + "/paragraphs/OP5/status", facilitator,
                Map.of("status", "bracketed", "brackets", List.of(words)), "If-Match", op5.get("etag").asText());
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);

        Http.Response refused = start(id, facilitator, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1), draftTag(id));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("brackets-remain");
        assertThat(refused.body()).contains("OP5");
        assertThat(http().get("/api/drafts/" + id + "/silence", facilitator).status()).isEqualTo(404);
    }

    @Test
    void a_delegate_breaks_it_once_for_its_own_state_with_the_silences_tag_and_not_after_the_deadline() throws Exception {
        long id = draft();
        String facilitator = accounts.facilitator(http());
        String chile = accounts.delegate(http(), "CHL");
        String peru = accounts.delegate(http(), "PER");
        Http.Response started = start(id, facilitator, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1), draftTag(id));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String tag = started.json().get("etag").asText();
        long silenceId = started.json().get("id").asLong();
        assertThat(allowed(id, chile)).contains("break-silence");
        assertThat(allowed(id, facilitator)).doesNotContain("break-silence", "start-silence");
        Map<String, Object> chileText = Map.of("text", "Chile cannot join consensus on OP5 as it stands");

        assertThat(breakSilence(id, facilitator, chileText, tag).status()).isEqualTo(403);
        assertThat(breakSilence(id, accounts.secretariat(http()), chileText, tag).status()).isEqualTo(403);
        Http.Response forPeru = breakSilence(id, chile, Map.of("memberState", "PER", "text", "on behalf of Peru"), tag);
        assertThat(forPeru.status()).isEqualTo(403);
        assertThat(forPeru.contentType()).startsWith("application/problem+json");
        assertThat(breakSilence(id, chile, chileText, null).status()).isEqualTo(428);
        assertThat(breakSilence(id, chile, chileText, "\"q" + id + "." + silenceId + ".0\"").status()).isEqualTo(412);
        assertThat(breakSilence(id, chile, Map.of("text", " "), tag).status()).isEqualTo(422);
        assertThat(breakSilence(id, chile, Map.of("text", "x".repeat(5001)), tag).status()).isEqualTo(422);

        try (EventStream stream = EventStream.open(server.getURI(), id, peru)) {
            assertThat(stream.next(10)).contains("event:ready");
            Thread.sleep(300); // the stream is registered just after its first event
            Http.Response broken = breakSilence(id, chile, Map.of("memberState", "CHL", "text", "Chile cannot join consensus on OP5 as it stands"), tag);
            assertThat(broken.status()).as(broken.toString()).isEqualTo(200);
            assertThat(stream.await("silence.broken", 10)).as("announced on the live stream").contains("\"draftId\":" + id);
            assertThat(broken.json().get("state").asText()).isEqualTo("under silence");
            assertThat(broken.json().get("breaks").get(0).get("memberState").asText()).isEqualTo("CHL");
            assertThat(broken.json().get("breaks").get(0).get("name").asText()).isEqualTo("Chile");
            assertThat(broken.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));
        }
        Http.Response twice = breakSilence(id, chile, chileText, silence(id).get("etag").asText());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("type").asText()).endsWith("silence-already-broken");
        assertThat(breakSilence(id, peru, Map.of("text", "Peru too"), tag).status()).as("read before Chile broke it").isEqualTo(412);
        assertThat(allowed(id, chile)).doesNotContain("break-silence");
        assertThat(allowed(id, peru)).contains("break-silence");
        assertThat(audited(id, "silence.broken")).isEqualTo(1);

        // The deadline has passed but the timer has not yet closed it: no one breaks it any more.
        database.execute("UPDATE silence_procedure SET until = now() - interval '1 second' WHERE id = " + silenceId);
        Http.Response late = breakSilence(id, peru, Map.of("text", "Peru too"), silence(id).get("etag").asText());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("type").asText()).endsWith("silence-over");
        assertThat(allowed(id, peru)).doesNotContain("break-silence");
    }

    @Test
    void held_when_no_one_breaks_it_the_timer_marks_the_version_agreed_under_silence() throws Exception {
        long id = draft();
        String facilitator = accounts.facilitator(http());
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3);
        Http.Response started = start(id, facilitator, until, draftTag(id));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long silenceId = started.json().get("id").asLong();
        assertThat(running(silenceId)).isEqualTo(1);

        JsonNode held = closed(id);

        assertThat(held.get("state").asText()).isEqualTo("held");
        assertThat(held.get("agreedUnderSilence").asBoolean()).isTrue();
        assertThat(held.get("breaks")).isEmpty();
        assertThat(OffsetDateTime.parse(held.get("closedAt").asText()).toInstant()).isAfterOrEqualTo(until.toInstant());
        assertThat(running(silenceId)).as("the process ended").isZero();
        assertThat(audited(id, "silence.closed")).isEqualTo(1);
        assertThat(database.strings("SELECT payload->>'outcome' FROM audit_entry WHERE draft_id = " + id
                + " AND event_type = 'silence.closed'")).containsExactly("held");
        JsonNode draft = readDraft(id, facilitator).json();
        assertThat(draft.get("stage").asText()).isEqualTo("CONSULTATIONS");
        assertThat(draft.get("procedure").get("silence").get("state").asText()).isEqualTo("held");
        assertThat(texts(draft.get("allowedActions"))).contains("start-silence");
        Http.Response afterwards = breakSilence(id, accounts.delegate(http(), "CHL"), Map.of("text", "too late"), held.get("etag").asText());
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.json().get("type").asText()).endsWith("no-silence");
    }

    @Test
    void broken_when_delegations_broke_it_the_timer_sends_the_text_back_to_consultations_naming_them() throws Exception {
        long id = draft();
        String facilitator = accounts.facilitator(http());
        Http.Response started = start(id, facilitator, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(4), draftTag(id));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String tag = started.json().get("etag").asText();
        Http.Response chile = breakSilence(id, accounts.delegate(http(), "CHL"), Map.of("text", "OP5: four-year basis"), tag);
        assertThat(chile.status()).as(chile.toString()).isEqualTo(200);
        Http.Response peru = breakSilence(id, accounts.delegate(http(), "PER"), Map.of("text", "PP3"), chile.json().get("etag").asText());
        assertThat(peru.status()).as(peru.toString()).isEqualTo(200);

        JsonNode broken = closed(id);

        assertThat(broken.get("state").asText()).isEqualTo("broken");
        assertThat(broken.get("agreedUnderSilence").asBoolean()).isFalse();
        List<String> who = new ArrayList<>();
        broken.get("breaks").forEach(b -> who.add(b.get("name").asText() + ": " + b.get("text").asText()));
        assertThat(who).containsExactly("Chile: OP5: four-year basis", "Peru: PP3");
        assertThat(broken.get("breaks").get(0).get("brokenAt").asText()).isNotBlank();
        assertThat(running(started.json().get("id").asLong())).isZero();
        assertThat(database.strings("SELECT (payload->>'outcome') || ' ' || (payload->>'brokenBy') FROM audit_entry WHERE draft_id = "
                + id + " AND event_type = 'silence.closed'")).containsExactly("broken [\"CHL\",\"PER\"]");
        JsonNode draft = readDraft(id, facilitator).json();
        assertThat(draft.get("stage").asText()).isEqualTo("CONSULTATIONS");
        assertThat(texts(draft.get("allowedActions"))).as("consultations go on; a new silence may follow").contains("start-silence");
        String history = http().get("/api/drafts/" + id + "/history", facilitator).body();
        assertThat(history).contains("silence broken by Chile");
    }
}
