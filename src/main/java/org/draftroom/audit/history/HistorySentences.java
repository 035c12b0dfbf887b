package org.draftroom.audit.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns audit events into the plain sentences of a draft's procedural history, such as
 * "14 Oct 2025 — tabled as A/C.3/80/L.20 by Belarus", each sentence written once, dated by the
 * step's procedural {@code date} (the day it happened) when the event carries one, else by when it
 * was recorded. Private kinds (failed sign-ins, user administration) give no sentence. Payload
 * fields read: {@code symbol}, {@code memberState} (alpha-3) or {@code memberStateName},
 * {@code version}, {@code decision}, {@code votes} ({@code yes}, {@code no}, {@code abstain}),
 * {@code amendment}, {@code deadline}, {@code date}, {@code meeting}, {@code until}, {@code reason},
 * {@code facilitator}, {@code committeeDecision}. Where a field is missing the sentence leaves it out.
 * States are named as they were named on the day of the event.
 */
public final class HistorySentences {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final BiFunction<String, LocalDate, String> stateNames;
    private final ZoneId zone;

    /**
     * @param stateNames the Member State name for an alpha-3 code
     * @param zone       the zone in which dates are given
     */
    public HistorySentences(Function<String, String> stateNames, ZoneId zone) {
        this((code, day) -> stateNames.apply(code), zone);
    }

    /**
     * @param stateNames the name a Member State bore on a day, for its alpha-3 code
     * @param zone       the zone in which recording times are turned into days
     */
    public HistorySentences(BiFunction<String, LocalDate, String> stateNames, ZoneId zone) {
        this.stateNames = stateNames;
        this.zone = zone;
    }

    /** One event of a draft, as the history needs it. */
    public record Event(Instant at, String type, String role, String memberState, Map<String, Object> payload) {
    }

    /** The day an event happened: its procedural {@code date} when it has one, else the day it was recorded. */
    public LocalDate day(Event e) {
        return procedural(e).orElseGet(() -> e.at().atZone(zone).toLocalDate());
    }

    /** The procedural date the event carries, if any. */
    public static Optional<LocalDate> procedural(Event e) {
        return text(e.payload(), "date").flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d));
            } catch (java.time.format.DateTimeParseException ex) {
                return Optional.empty();
            }
        });
    }

    public static boolean isPrivate(String type) {
        return type.startsWith("user.") || type.startsWith("login.");
    }

    public Optional<String> sentence(Event event) {
        if (isPrivate(event.type())) {
            return Optional.empty();
        }
        return Optional.of(DAY.format(day(event)) + " — " + describe(event));
    }

    /** The sentence of an event that is no procedural step, dated by the step it happened after. */
    public Optional<String> sentence(Event event, LocalDate day) {
        if (isPrivate(event.type())) {
            return Optional.empty();
        }
        return Optional.of(DAY.format(day) + " — " + describe(event));
    }

    String describe(Event e) {
        return describeStep(e) + meeting(e.payload()) + outOfOrder(e.payload());
    }

    private String describeStep(Event e) {
        Map<String, Object> p = e.payload();
        LocalDate day = day(e);
        String by = by(e, day);
        String state = subjectState(e, day);
        String amendment = text(p, "amendment").map(HistorySentences::amendment).orElse("an amendment");
        return switch (e.type()) {
            case "draft.imported" -> "draft" + text(p, "symbol").map(s -> " " + s).orElse("") + " imported" + by;
            case "draft.version-created" -> text(p, "version").map(v -> "version " + v).orElse("a new version")
                    + " of the draft prepared" + by;
            case "draft.tabled" -> "tabled" + as(p) + " by " + state;
            case "draft.revised" -> "revised" + as(p) + by
                    + text(p, "footnotes").map(f -> " (" + f.replace("[", "").replace("]", "") + ")").orElse("");
            case "draft.withdrawn" -> "withdrawn by " + state;
            case "draft.facilitator-assigned" -> text(p, "facilitator").map(f -> f + " assigned").orElse("a facilitator assigned")
                    + " to lead informal consultations";
            case "cosponsorship.joined" -> state + " joined as co-sponsor";
            case "cosponsorship.withdrawn" -> state + " withdrew as co-sponsor";
            case "cosponsorship.closed" -> "the list of co-sponsors closed";
            case "cosponsorship.deadline-set" -> "deadline for co-sponsorship set"
                    + text(p, "deadline").map(d -> " to " + d).orElse("");
            case "pbi.recorded" -> "statement of programme budget implications issued" + text(p, "symbol").map(s -> " as " + s).orElse("");
            case "action.deferred" -> "action deferred" + text(p, "until").map(d -> " to " + d).orElse("")
                    + text(p, "reason").map(r -> " (" + r + ")").orElse("");
            case "oral-revision.recorded" -> "orally revised" + text(p, "memberState").map(s -> ", read out by " + stateNames.apply(s, day))
                    .orElse(by);
            case "action.recorded" -> text(p, "motion").isPresent() && text(p, "memberState").isPresent()
                    ? decision(p, "action taken") + " (moved by " + state + ")" : decision(p, "action taken");
            case "vote.recorded" -> text(p, "paragraph").isPresent()
                    ? "separate vote on " + text(p, "paragraph").get() + ": paragraph " + text(p, "outcome").orElse("decided")
                            + counts(p).map(c -> " by a recorded vote of " + c[0] + " to " + c[1] + ", with " + c[2]
                                    + (c[2] == 1 ? " abstention" : " abstentions")).orElse(" without a vote")
                    : "recorded vote" + votes(p).map(v -> ": " + v).orElse(" taken");
            case "report.recorded" -> "included in the report of the Committee" + text(p, "symbol").map(s -> " " + s).orElse("")
                    + text(p, "paragraph").map(x -> ", para. " + x).orElse("")
                    + text(p, "recommendation").map(r -> ", as " + r).orElse("");
            case "resolution.issued" -> "issued" + as(p) + " (\"Distr.: General\")";
            case "motion.moved" -> state + " moved that no action be taken on the draft (rule 116)";
            case "amendment.lapsed" -> "informal proposals " + text(p, "amendments").map(a -> a.replace("[", "").replace("]", ""))
                    .orElse("") + " lapsed" + text(p, "reason").map(r -> r.startsWith("lapsed") ? r.substring("lapsed".length()) : ": " + r)
                    .orElse("");
            case "plenary.recorded" -> decision(p, "action taken in plenary") + text(p, "resolution").map(r -> " as resolution " + r).orElse("")
                    + text(p, "decisionNumber").map(r -> " as decision " + r).orElse("");
            case "amendment.proposed" -> amendment + " proposed by " + state
                    + text(p, "onBehalfOf").map(g -> ", on behalf of " + g).orElse("");
            case "amendment.re-anchored" -> amendment + " carried over to the revised text";
            case "amendment.accepted" -> amendment + " " + text(p, "decision").filter(d -> d.startsWith("accepted")).orElse("accepted")
                    + decider(e) + reason(p);
            case "amendment.rejected" -> amendment + " rejected" + decider(e) + reason(p);
            case "amendment.withdrawn" -> amendment + " withdrawn by " + state;
            case "amendment.voted" -> amendment + " " + decision(p, "put to the vote")
                    + text(p, "moot").map(m -> "; amendments " + m.replace("[", "").replace("]", "") + " became moot").orElse("");
            case "amendment.symbol-issued" -> amendment + " issued" + as(p);
            case "division.requested" -> "a separate vote requested" + text(p, "paragraph").map(x -> " on " + x).orElse("")
                    + (state.isBlank() ? "" : " by " + state);
            case "voting-order.set" -> "order of voting set";
            case "action.opened" -> "action opened; the list of co-sponsors closed";
            case "vote.explained" -> state + " explained its vote";
            case "silence.started" -> text(p, "version").map(v -> "version " + v).orElse("the text") + " put under silence"
                    + text(p, "until").map(u -> " until " + u).orElse("") + by;
            case "silence.broken" -> "silence broken by " + state;
            case "silence.closed" -> text(p, "outcome").filter("held"::equals).isPresent()
                    ? "silence held: " + text(p, "version").map(v -> "version " + v).orElse("the text") + " agreed under silence"
                    : "silence broken" + text(p, "brokenBy").map(b -> " (by " + b.replace("[", "").replace("]", "") + ")").orElse("")
                            + "; back to consultations";
            default -> "recorded: " + e.type().replace('.', ' ').replace('-', ' ') + by;
        };
    }

    /** "amendment 5" for 5 or "amendment 5"; "amendment A/C.3/80/L.61" for a symbol. */
    private static String amendment(String reference) {
        return reference.startsWith("amendment") ? reference : "amendment " + reference;
    }

    /** "by the facilitator", "by Belarus": who decided, never a username. */
    private String decider(Event e) {
        return actor(e.role()).map(a -> " by " + a)
                .or(() -> Optional.ofNullable(e.memberState()).map(s -> " by " + stateNames.apply(s, day(e)))).orElse("");
    }

    private static String reason(Map<String, Object> p) {
        return text(p, "reason").map(r -> ": " + r).orElse("");
    }

    private static String meeting(Map<String, Object> p) {
        return text(p, "meeting").map(m -> " (" + m + ")").orElse("");
    }

    private static String outOfOrder(Map<String, Object> p) {
        return text(p, "committeeDecision").map(d -> "; voted out of the order of voting as the Committee decided: " + d).orElse("");
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
        if (decision.get().contains(" vote")) {
            return decision.get();
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
    private String subjectState(Event e, LocalDate day) {
        return text(e.payload(), "memberStateName")
                .or(() -> text(e.payload(), "memberState").map(s -> stateNames.apply(s, day)))
                .or(() -> Optional.ofNullable(e.memberState()).map(s -> stateNames.apply(s, day)))
                .orElseGet(() -> actor(e.role()).orElse("a delegation"));
    }

    private String by(Event e, LocalDate day) {
        return Optional.ofNullable(e.memberState()).map(s -> stateNames.apply(s, day)).or(() -> actor(e.role()))
                .map(a -> " by " + a).orElse("");
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
