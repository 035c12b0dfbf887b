package org.draftroom.amendment.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.draftroom.amendment.app.ReadingAmendments;
import org.draftroom.amendment.model.AmendmentActions;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.store.StoredAmendment;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What the amendments API answers: records made for clients, never rows. */
final class AmendmentResponses {
    private AmendmentResponses() {
    }

    record StateName(String code, String name) {
    }

    /** An operation with its paragraph's current label (the one at proposal when it is gone). */
    record OperationResponse(String type, String paragraph, String paragraphId, String quote, Integer occurrence, String position,
                             String text, String openingPhrase, String kind, String anchor, String anchorId,
                             String newParagraphId) {
    }

    /** {@code at}: when the decision was recorded; {@code date} and {@code meeting}: the day (and meeting) it was taken, when recorded. */
    record DecisionResponse(String decision, String reason, String by, OffsetDateTime at, Integer version, String date, String meeting) {
    }

    record AmendmentResponse(long id, long draftId, int number, String reference, String symbol, String kind, String status,
                             Integer amends, String author, StateName memberState, List<StateName> cosponsors,
                             int baseVersion, int anchoredVersion, List<String> paragraphs, List<OperationResponse> operations,
                             String justification, List<Integer> competesWith, DecisionResponse decision,
                             OffsetDateTime createdAt, long rowVersion, String onBehalfOf, String proposedBy,
                             String proposedOn, String proposedMeeting,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allowedActions) {
    }

    record CompetingResponse(String paragraph, String paragraphId, List<Integer> amendments, List<List<Integer>> pairs) {
    }

    record AmendmentPage(long draftId, int page, int size, long total, List<AmendmentResponse> items,
                         List<CompetingResponse> competing) {
    }

    /** Each amendment with what the caller may do with it now. */
    static AmendmentPage page(ReadingAmendments.Listing l, MemberStates states, Caller caller) {
        boolean memberState = isAMemberState(caller, states);
        return new AmendmentPage(l.draft().id(), l.page(), l.size(), l.total(),
                l.items().stream().map(s -> amendment(s, l.labels(), states,
                        AmendmentActions.allowed(l.draft().stage(), s.amendment(), caller, memberState))).toList(),
                l.competing().stream().map(c -> new CompetingResponse(c.paragraph(), c.paragraphId(), c.amendments(), c.pairs())).toList());
    }

    /** One amendment as read, with what the caller may do with it now. */
    static AmendmentResponse amendment(ReadingAmendments.One one, MemberStates states, Caller caller) {
        return amendment(one.amendment(), one.labels(), states,
                AmendmentActions.allowed(one.stage(), one.amendment().amendment(), caller, isAMemberState(caller, states)));
    }

    /** An amendment as a step left it; what may be done next is read with the amendment or the list. */
    static AmendmentResponse amendment(StoredAmendment s, Map<String, String> labels, MemberStates states) {
        return amendment(s, labels, states, null);
    }

    private static boolean isAMemberState(Caller caller, MemberStates states) {
        return caller.memberState() != null && states.byCode(caller.memberState()).filter(m -> !m.observer()).isPresent();
    }

    private static AmendmentResponse amendment(StoredAmendment s, Map<String, String> labels, MemberStates states,
                                               List<String> allowedActions) {
        Amendment a = s.amendment();
        List<OperationResponse> ops = a.operations().stream().map(o -> operation(o, labels)).toList();
        DecisionResponse decision = s.decidedAt() == null ? null
                : new DecisionResponse(s.decision(), s.decisionReason(), s.decidedBy(), s.decidedAt(), s.resultVersion(),
                        day(s.days().decidedOn()), s.days().decidedMeeting());
        return new AmendmentResponse(a.id(), a.draftId(), a.number(), a.reference(), a.symbol(), a.kind().name(), a.status().name(),
                a.parentNumber(), a.author(), state(a.memberState(), states),
                a.cosponsors().stream().map(c -> state(c, states)).toList(), s.baseVersion(), a.anchoredVersion(),
                ops.stream().map(OperationResponse::paragraph).distinct().toList(), ops, a.justification(), s.competesWith(),
                decision, s.createdAt(), a.rowVersion(), s.onBehalfOf(),
                states.nameOf(a.memberState()) + (s.onBehalfOf() == null ? "" : ", on behalf of " + s.onBehalfOf()),
                day(s.days().proposedOn()), s.days().proposedMeeting(), allowedActions);
    }

    private static String day(java.time.LocalDate on) {
        return on == null ? null : on.toString();
    }

    private static OperationResponse operation(Operation o, Map<String, String> labels) {
        return new OperationResponse(o.type().name(), labels.getOrDefault(o.paragraph().value(), o.label()), o.paragraph().value(),
                o.quote(), o.occurrence() > 0 ? o.occurrence() : null, o.position() == null ? null : o.position().name(), o.text(),
                o.openingPhrase(), o.kind() == null ? null : o.kind().name(),
                o.anchor() == null ? null : labels.getOrDefault(o.anchor().value(), o.anchor().value()),
                o.anchor() == null ? null : o.anchor().value(), o.newParagraph() == null ? null : o.newParagraph().value());
    }

    private static StateName state(String code, MemberStates states) {
        return new StateName(code, states.nameOf(code));
    }
}
