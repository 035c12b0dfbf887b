package org.draftroom.audit.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns audit events into the plain sentences of a draft's procedural history, such as
 * "14 Oct 2025 — tabled as A/C.3/80/L.20 by Belarus". Private kinds (failed sign-ins, user
 * administration) give no sentence. Payload fields read: {@code symbol}, {@code memberState}
 * (alpha-3) or {@code memberStateName}, {@code version}, {@code decision}, {@code votes}
 * ({@code yes}, {@code no}, {@code abstain}), {@code amendment}, {@code deadline}, {@code date},
 * {@code facilitator}. Where a field is missing the sentence simply leaves it out.
 */
public final class HistorySentences {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final Function<String, String> stateNames;
    private final ZoneId zone;

    /**
     * @param stateNames the Member State name for an alpha-3 code
     * @param zone       the zone in which dates are given
     */
    public HistorySentences(Function<String, String> stateNames, ZoneId zone) {
        this.stateNames = stateNames;
        this.zone = zone;
    }

    /** One event of a draft, as the history needs it. */
    public record Event(Instant at, String type, String role, String memberState, Map<String, Object> payload) {
    }

    public static boolean isPrivate(String type) {
        return type.startsWith("user.") || type.startsWith("login.");
    }

    public Optional<String> sentence(Event event) {
        if (isPrivate(event.type())) {
            return Optional.empty();
        }
        return Optional.of(DAY.withZone(zone).format(event.at()) + " — " + describe(event));
    }

    String describe(Event e) {
        Map<String, Object> p = e.payload();
        String by = by(e);
        String state = subjectState(e);
        String amendment = text(p, "amendment").map(a -> "amendment " + a).orElse("an amendment");
        return switch (e.type()) {
            case "draft.imported" -> "draft" + text(p, "symbol").map(s -> " " + s).orElse("") + " imported" + by;
            case "draft.version-created" -> text(p, "version").map(v -> "version " + v).orElse("a new version")
                    + " of the draft prepared" + by;
            case "draft.tabled" -> "tabled" + as(p) + " by " + state;
            case "draft.revised" -> "revised" + as(p) + by;
            case "draft.withdrawn" -> "withdrawn by " + state;
            case "draft.facilitator-assigned" -> text(p, "facilitator").map(f -> f + " assigned").orElse("a facilitator assigned")
                    + " to lead informal consultations";
            case "cosponsorship.joined" -> state + " joined as co-sponsor";
            case "cosponsorship.withdrawn" -> state + " withdrew as co-sponsor";
            case "cosponsorship.closed" -> "the list of co-sponsors closed";
            case "cosponsorship.deadline-set" -> "deadline for co-sponsorship set"
                    + text(p, "deadline").map(d -> " to " + d).orElse("");
            case "pbi.recorded" -> "statement of programme budget implications issued" + text(p, "symbol").map(s -> " as " + s).orElse("");
            case "action.deferred" -> "action deferred" + text(p, "date").map(d -> " to " + d).orElse("");
            case "oral-revision.recorded" -> "orally revised" + by;
            case "action.recorded" -> decision(p, "action taken");
            case "vote.recorded" -> "recorded vote" + votes(p).map(v -> ": " + v).orElse(" taken");
            case "report.recorded" -> "included in the report of the Committee" + text(p, "symbol").map(s -> " " + s).orElse("");
            case "plenary.recorded" -> decision(p, "action taken in plenary") + text(p, "resolution").map(r -> " as resolution " + r).orElse("");
            case "amendment.proposed" -> amendment + " proposed by " + state;
            case "amendment.re-anchored" -> amendment + " carried over to the revised text";
            case "amendment.accepted" -> amendment + " accepted";
            case "amendment.rejected" -> amendment + " rejected";
            case "amendment.withdrawn" -> amendment + " withdrawn by " + state;
            case "amendment.voted" -> amendment + " " + decision(p, "put to the vote");
            case "amendment.symbol-issued" -> amendment + " issued" + as(p);
            case "division.requested" -> "a separate vote requested" + text(p, "paragraph").map(x -> " on " + x).orElse("")
                    + (state.isBlank() ? "" : " by " + state);
            case "voting-order.set" -> "order of voting set";
            case "action.opened" -> "action opened; the list of co-sponsors closed";
            case "vote.explained" -> state + " explained its vote";
            default -> "recorded: " + e.type().replace('.', ' ').replace('-', ' ') + by;
        };
    }

    private String as(Map<String, Object> p) {
        return text(p, "symbol").map(s -> " as " + s).orElse("");
    }

    /** "adopted by a recorded vote of 120 to 10, with 30 abstentions" or "adopted without a vote". */
    private static String decision(Map<String, Object> p, String otherwise) {
        Optional<String> decision = text(p, "decision").map(d -> d.toLowerCase(Locale.ROOT).replace('_', ' '));
        Optional<String> votes = counts(p).map(c -> "by a recorded vote of " + c[0] + " to " + c[1] + ", with " + c[2]
                + (c[2] == 1 ? " abstention" : " abstentions"));
        if (decision.isEmpty()) {
            return otherwise + votes.map(v -> " " + v).orElse("");
        }
        return decision.get() + votes.map(v -> " " + v).orElse("");
    }

    private static Optional<String> votes(Map<String, Object> p) {
        return counts(p).map(c -> c[0] + " in favour, " + c[1] + " against, " + c[2] + (c[2] == 1 ? " abstention" : " abstentions"));
    }

    private static Optional<long[]> counts(Map<String, Object> p) {
        Object votes = p.get("votes");
        if (!(votes instanceof Map<?, ?> v) || !(v.get("yes") instanceof Number yes) || !(v.get("no") instanceof Number no)) {
            return Optional.empty();
        }
        long abstain = v.get("abstain") instanceof Number a ? a.longValue() : 0;
        return Optional.of(new long[] {yes.longValue(), no.longValue(), abstain});
    }

    /** The State an event is about: the payload's, else the acting delegate's, else who acted. */
    private String subjectState(Event e) {
        return text(e.payload(), "memberStateName")
                .or(() -> text(e.payload(), "memberState").map(stateNames))
                .or(() -> Optional.ofNullable(e.memberState()).map(stateNames))
                .orElseGet(() -> actor(e.role()).orElse("a delegation"));
    }

    private String by(Event e) {
        return Optional.ofNullable(e.memberState()).map(stateNames).or(() -> actor(e.role())).map(a -> " by " + a).orElse("");
    }

    private static Optional<String> actor(String role) {
        if (role == null) {
            return Optional.empty();
        }
        return switch (role) {
            case "SECRETARIAT" -> Optional.of("the Secretariat");
            case "FACILITATOR" -> Optional.of("the facilitator");
            case "ADMIN" -> Optional.of("an administrator");
            default -> Optional.empty();
        };
    }

    private static Optional<String> text(Map<String, Object> p, String key) {
        Object value = p.get(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }
}
