package org.draftroom.sponsorship;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Role;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CoSponsorshipConcurrencyIT extends ServerTest {
    @Inject
    Database database;
    @Inject
    MemberStates memberStates;

    /** A zero draft prepared by the secretariat, with no main sponsor yet: every Member State may co-sponsor it. */
    private long draftWithoutMainSponsors() {
        String text = Seeds.text(Seeds.DRAFT_80).replace(
                "Belarus, Democratic People's Republic of Korea, Russian Federation and Venezuela (Bolivarian Republic of): draft resolution\n", "");
        Http.Response r = http().post("/api/drafts", accounts.secretariat(http()), Map.of("text", text));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("mainSponsors")).isEmpty();
        return r.json().get("id").asLong();
    }

    private List<String> tokens(List<String> states) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String s : states) {
                futures.add(pool.submit(() -> accounts.delegate(http(), s)));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private String secondDelegate(String state) {
        String name = state.toLowerCase() + ".second";
        accounts.ensure(name, Role.DELEGATE, state);
        return http().post("/login", null, Map.of("username", name, "password", "correct horse battery")).json()
                .get("access_token").asText();
    }

    /** Runs all calls at once (released together) and answers their results in order. */
    private static <T> List<T> atOnce(List<Supplier<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void all_193_member_states_joining_at_once_with_second_delegates_of_five_give_193_co_sponsors_and_a_join_after_action_is_409()
            throws Exception {
        long id = draftWithoutMainSponsors();
        List<String> states = memberStates.all().stream().filter(s -> !s.observer()).map(MemberState::code).toList();
        assertThat(states).hasSize(193);
        List<String> tokens = new ArrayList<>(tokens(states));
        for (String twice : List.of("FRA", "BLR", "PER", "JPN", "KEN")) {
            tokens.add(secondDelegate(twice));
        }
        List<Supplier<Integer>> joins = tokens.stream()
                .<Supplier<Integer>>map(t -> () -> http().post("/api/drafts/" + id + "/cosponsors", t, "").status()).toList();

        Instant began = Instant.now();
        List<Integer> statuses = atOnce(joins);
        Duration took = Duration.between(began, Instant.now());

        assertThat(statuses).hasSize(198).containsOnly(200);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(database.count("SELECT count(*) FROM draft_cosponsor WHERE draft_id = " + id)).isEqualTo(193);
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE event_type = 'cosponsorship.joined' AND draft_id = " + id))
                .isEqualTo(193);

        String secretariat = accounts.secretariat(http());
        assertThat(http().post("/api/drafts/" + id + "/table", secretariat, "").status()).isEqualTo(200);
        assertThat(http().post("/api/drafts/" + id + "/open-action", secretariat, "").status()).isEqualTo(200);
        assertThat(http().delete("/api/drafts/" + id + "/cosponsors/FRA", tokens.get(states.indexOf("FRA"))).status()).isEqualTo(409);
        Http.Response late = http().post("/api/drafts/" + id + "/cosponsors", secondDelegate("FRA"), "");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("stage").asText()).isEqualTo("IN_ACTION");
    }

    @Test
    void joins_racing_with_the_opening_of_action_either_count_or_are_refused_never_slip_in_after() throws Exception {
        long id = draftWithoutMainSponsors();
        List<String> states = memberStates.all().stream().filter(s -> !s.observer()).map(MemberState::code).limit(60).toList();
        List<String> tokens = tokens(states);
        String secretariat = accounts.secretariat(http());
        assertThat(http().post("/api/drafts/" + id + "/table", secretariat, "").status()).isEqualTo(200);
        List<Supplier<Integer>> calls = new ArrayList<>();
        tokens.forEach(t -> calls.add(() -> http().post("/api/drafts/" + id + "/cosponsors", t, "").status()));
        calls.add(30, () -> -http().post("/api/drafts/" + id + "/open-action", secretariat, "").status());

        List<Integer> statuses = atOnce(calls);

        assertThat(statuses).contains(-200);
        long joined = statuses.stream().filter(s -> s == 200).count();
        assertThat(statuses.stream().filter(s -> s > 0).toList()).isSubsetOf(200, 409);
        assertThat(database.count("SELECT count(*) FROM draft_cosponsor WHERE draft_id = " + id)).isEqualTo(joined);
        // The audit trail is chained in commit order: no join was committed after action opened.
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry j WHERE j.draft_id = " + id
                + " AND j.event_type = 'cosponsorship.joined' AND j.seq > (SELECT o.seq FROM audit_entry o WHERE o.draft_id = " + id
                + " AND o.event_type = 'action.opened')")).isZero();
        assertThat(database.countInAuditTrail("SELECT count(*) FROM audit_entry WHERE event_type = 'cosponsorship.joined' AND draft_id = " + id))
                .isEqualTo(joined);
    }
}
