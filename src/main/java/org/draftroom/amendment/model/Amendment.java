package org.draftroom.amendment.model;

import java.util.List;

/**
 * An amendment to a draft, as stored. Plain data; the rules live in the policies of this package.
 *
 * @param number          its number within the draft (1, 2, ...), in the order submitted
 * @param parentNumber    for a sub-amendment, the number of the amendment it amends
 * @param anchoredVersion the version its quotes refer to (the one it was proposed against, or the
 *                        one it was last re-anchored to)
 * @param operations      what it does; for a sub-amendment, the amendment's operations as it would
 *                        read if sub-amended
 * @param rowVersion      optimistic concurrency: bumped by every change
 */
public record Amendment(long id, long draftId, int number, Integer parentNumber, AmendmentKind kind, String symbol,
                        AmendmentStatus status, String author, String memberState, List<String> cosponsors,
                        int anchoredVersion, List<Operation> operations, String justification, long rowVersion) {
    public Amendment {
        cosponsors = List.copyOf(cosponsors);
        operations = List.copyOf(operations);
    }

    /** "A/C.3/80/L.61" once issued, otherwise "amendment 3". */
    public String reference() {
        return symbol != null ? symbol : "amendment " + number;
    }

    /** How far it is removed in substance from the original: its furthest operation. */
    public int distance() {
        return operations.stream().mapToInt(o -> o.type().distance()).max().orElse(0);
    }

    public boolean isSubAmendment() {
        return parentNumber != null;
    }

    public Amendment withOperations(List<Operation> newOperations, int version) {
        return new Amendment(id, draftId, number, parentNumber, kind, symbol, status, author, memberState, cosponsors,
                version, newOperations, justification, rowVersion);
    }
}
