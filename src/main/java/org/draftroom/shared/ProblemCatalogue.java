package org.draftroom.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every problem type the server answers with ({@code application/problem+json}, RFC 9457), with
 * its title and the statuses it comes with: the one catalogue of what can go wrong, served at
 * {@code GET /api/problems}. A type is a slug (such as {@code stale-draft}); its URI is
 * {@code https://draftroom.org/problems/} and the slug. One type names one mistake: a type
 * answered with two statuses says the same thing where the status differs by place (a query
 * parameter is a 400, the same value in a body a 422). {@code ProblemCatalogueTest} fails when a
 * type is thrown that is not listed here.
 */
public final class ProblemCatalogue {
    /** One problem type. */
    public record ProblemType(String slug, String title, List<Integer> statuses) {
    }

    private static final List<ProblemType> TYPES = List.of(
            type("adopted-without-symbol", "Adopted without symbol", 422),
            type("already-imported", "Already imported", 409),
            type("already-issued", "Already issued", 409),
            type("already-proposer", "Already proposer", 409),
            type("ambiguous-quote", "Ambiguous quote", 422),
            type("amendment-changed", "Amendment changed", 409),
            type("amendment-not-applicable", "Amendment not applicable", 409),
            type("amendment-not-pending", "Amendment not pending", 409),
            type("amendments-first", "Amendments first", 409),
            type("amendments-undecided", "Amendments undecided", 409),
            type("bad-credentials", "Not signed in", 401),
            type("bad-if-match", "Malformed If-Match", 400),
            type("bad-last-event-id", "Malformed Last-Event-ID", 400),
            type("bad-list", "Bad list", 400),
            type("bad-page", "Bad page", 400),
            type("bad-paragraph", "Bad paragraph", 400),
            type("bad-request", "Bad request", 400),
            type("bad-symbol", "Bad symbol", 422),
            type("bad-version", "Bad version", 400),
            type("ballots-missing", "Ballots missing", 422),
            type("body-too-large", "Request body too large", 413),
            type("bracket-not-in-paragraph", "Bracketed words not in the paragraph", 422),
            type("bracket-too-long", "Bracket too long", 422),
            type("brackets-only-when-bracketed", "Brackets only when bracketed", 422),
            type("brackets-required", "Brackets required", 422),
            type("changed-meanwhile", "Changed by someone else at the same moment", 409),
            type("co-sponsor-consent", "Co-sponsor's consent missing", 422),
            type("co-sponsorship-closed", "The list of co-sponsors is closed", 409),
            type("compare-what", "Nothing to compare", 400),
            type("competing-amendments", "Competing amendments", 409),
            type("conflict", "Conflict", 409),
            type("control-character", "Control character in the input", 400, 422),
            type("database-unavailable", "The database does not answer", 503),
            type("date-before-previous-step", "Date before previous step", 422),
            type("date-in-future", "Date in future", 422),
            type("date-missing", "Date missing", 422),
            type("date-outside-session", "Date outside the session", 422),
            type("deadline-not-ahead", "Deadline not ahead", 422),
            type("decision-text-too-long", "Decision text too long", 422),
            type("decision-too-long", "Decision too long", 422),
            type("deferred-into-the-past", "Deferred into the past", 422),
            type("division-decided", "Division decided", 409),
            type("division-requested", "Division requested", 409),
            type("file-too-large", "File too large", 413),
            type("footnote-elsewhere", "Footnote elsewhere", 422),
            type("footnote-place", "Footnote place", 422),
            type("footnote-text", "Footnote text", 422),
            type("forbidden", "Not allowed", 403),
            type("forbidden-xml", "XML construct not allowed", 400),
            type("format-not-available", "Format not available", 400),
            type("if-match-required", "If-Match required", 428),
            type("implausible-date", "Implausible date", 422),
            type("incomplete-change", "Incomplete change", 422),
            type("incomplete-footnote", "Incomplete footnote", 422),
            type("informal-proposal", "Informal proposal", 409),
            type("insert-where", "Insertion point missing", 422),
            type("internal-error", "Internal error", 500),
            type("invalid-anchor", "Invalid anchor", 400),
            type("invalid-character", "Character that cannot be recorded", 400),
            type("invalid-cursor", "Invalid cursor", 400),
            type("invalid-event-type", "Invalid event type", 400),
            type("invalid-job-number", "Invalid job number", 422),
            type("invalid-limit", "Invalid limit", 400),
            type("invalid-member-state", "Member State given for a non-delegate", 422),
            type("invalid-order", "Invalid order", 400),
            type("invalid-role", "Invalid role", 422),
            type("invalid-time", "Invalid time", 400),
            type("invalid-time-range", "Invalid time range", 400),
            type("invalid-username", "Invalid username", 422),
            type("last-administrator", "Last administrator", 422),
            type("limit-exceeded", "Text too large", 413, 422),
            type("malformed-request-body", "Malformed request body", 400),
            type("malformed-xml", "Malformed XML", 400),
            type("method-not-allowed", "Method not allowed", 405),
            type("misplaced-paragraph", "Misplaced paragraph", 422),
            type("missing-credentials", "Missing credentials", 400),
            type("motion-pending", "Motion pending", 409),
            type("move-into-itself", "Move into itself", 422),
            type("no-changes", "No changes", 422),
            type("no-meeting", "No meeting", 422),
            type("no-op", "The operation changes nothing", 422),
            type("no-operations", "No operations", 422),
            type("no-reader", "No reader", 422),
            type("no-recommendation", "No recommendation", 422),
            type("no-revision-symbol", "No revision symbol", 409),
            type("no-session", "No session", 422),
            type("no-statement", "No statement", 422),
            type("not-a-date", "Not a date", 422),
            type("not-a-docx", "Not a Word document", 400),
            type("not-a-facilitator", "Not a facilitator", 422),
            type("not-a-main-sponsor", "Not a main sponsor", 422),
            type("not-a-meeting", "Not a meeting", 422),
            type("not-a-number", "Not a number", 422),
            type("not-a-paragraph", "Not a paragraph", 422),
            type("not-a-report-symbol", "Not a report symbol", 422),
            type("not-a-resolution", "Not a resolution", 422),
            type("not-a-session", "Not a session", 422),
            type("not-a-voter", "Not a State that votes", 422),
            type("not-acceptable", "Not acceptable", 406),
            type("not-found", "Not found", 404),
            type("not-in-consultations", "Not in consultations", 409),
            type("not-proposed", "Not proposed", 409),
            type("not-text", "Not text", 422),
            type("not-written", "Not written", 409),
            type("note-too-long", "Note too long", 400),
            type("nothing-to-issue", "Nothing to issue", 409),
            type("number-for-rejected", "No number for a rejected draft", 422),
            type("number-of-another-session", "Number of another session", 422),
            type("number-taken", "Number taken", 409),
            type("on-behalf-of", "On behalf of", 422),
            type("opening-phrase-repeated", "Opening phrase repeated", 422),
            type("order-missing", "Order missing", 422),
            type("overlapping-changes", "Overlapping changes", 409),
            type("overlapping-operations", "Overlapping operations", 422),
            type("own-account", "Own account", 422),
            type("own-role", "Own role", 422),
            type("paragraph-missing", "Paragraph missing", 422),
            type("password-blank", "Password blank", 422),
            type("password-is-username", "Password is username", 422),
            type("password-too-common", "Password too common", 422),
            type("password-too-long", "Password too long", 400, 422),
            type("password-too-short", "Password too short", 422),
            type("phrase-too-long", "Phrase too long", 422),
            type("preview-what", "Nothing to preview", 422),
            type("quote-missing", "Quote missing", 422),
            type("quote-not-found", "Quote not found", 422),
            type("reason-missing", "Reason missing", 422),
            type("reason-required", "Reason required", 422),
            type("reason-too-long", "Reason too long", 400, 422),
            type("same-draft", "Same draft", 400),
            type("search-too-long", "Search too long", 400),
            type("search-too-short", "Search too short", 400),
            type("sponsor-moves-no-action", "A main sponsor cannot move no action", 422),
            type("stage-does-not-allow", "Not at this stage", 409),
            type("stale-amendment", "The amendment has changed", 412),
            type("stale-draft", "The draft has changed", 412),
            type("stale-statement", "The statement has changed", 412),
            type("stale-status", "The paragraph's status has changed", 412),
            type("stale-user", "The account has changed", 412),
            type("status-required", "Status required", 400),
            type("sub-amendments-first", "Sub-amendments first", 409),
            type("sub-sub-amendment", "No amendment to a sub-amendment", 422),
            type("symbol-issued", "Symbol issued", 409),
            type("symbol-taken", "Symbol taken", 409),
            type("taken-meanwhile", "Taken by someone else at the same moment", 409),
            type("target-changed", "Target changed", 409),
            type("text-missing", "Text missing", 422),
            type("text-too-long", "Text too long", 413, 422),
            type("too-many-brackets", "Too many brackets", 400, 422),
            type("too-many-changes", "Too many changes", 422),
            type("too-many-operations", "Too many operations", 422),
            type("too-many-sign-in-attempts", "Too many failed sign-ins", 429),
            type("too-many-versions", "Too many versions", 422),
            type("try-again", "Collided with another request", 409),
            type("unauthorized", "Not signed in", 401),
            type("unknown-ballot", "Unknown ballot", 422),
            type("unknown-decision", "Unknown decision", 422),
            type("unknown-footnote", "Unknown footnote", 422),
            type("unknown-format", "Unknown format", 400, 422),
            type("unknown-item", "Unknown item", 422),
            type("unknown-kind", "Unknown kind", 422),
            type("unknown-member-state", "Unknown Member State", 400, 422),
            type("unknown-method", "Unknown method", 422),
            type("unknown-motion", "Unknown motion", 422),
            type("unknown-operation", "Unknown operation", 422),
            type("unknown-paragraph", "Unknown paragraph", 422),
            type("unknown-position", "Unknown position", 422),
            type("unknown-sponsor", "Unknown sponsor", 422),
            type("unknown-status", "Unknown status", 400),
            type("unknown-timing", "Unknown timing", 422),
            type("unknown-version", "Unknown version", 422),
            type("unreadable-document", "Unreadable document", 422),
            type("unsupported-media-type", "Unsupported media type", 415),
            type("username-taken", "Username taken", 409),
            type("username-too-long", "Username too long", 400),
            type("value-out-of-range", "Value out of range", 422),
            type("value-too-long", "Value too long", 422),
            type("versions-out-of-order", "Versions out of order", 400),
            type("vote-out-of-order", "Vote out of order", 409),
            type("wrong-meeting-kind", "Wrong meeting kind", 422),
            type("wrong-series", "Wrong series", 422));

    private static final Map<String, ProblemType> BY_SLUG = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(ProblemType::slug, Function.identity()));

    private ProblemCatalogue() {
    }

    /** Every type, by slug in alphabetical order. */
    public static List<ProblemType> all() {
        return TYPES;
    }

    public static Optional<ProblemType> find(String slug) {
        return Optional.ofNullable(slug == null ? null : BY_SLUG.get(slug));
    }

    private static ProblemType type(String slug, String title, Integer... statuses) {
        return new ProblemType(slug, title, Arrays.asList(statuses));
    }
}
