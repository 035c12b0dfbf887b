package org.draftroom.audit.chain;

/**
 * Checks a chain fed in seq order, entry by entry, without keeping any of them: every entry
 * must follow the previous one without a gap, link to its hash and carry the hash of its own
 * content; the last one must be the head the database keeps. Remembers the first entry that
 * does not match.
 */
public final class ChainVerifier {
    private final EntryHasher hasher = new EntryHasher();
    private final Long anchorSeq;
    private final String anchorHash;
    private long expectedSeq = 1;
    private String expectedPrev = EntryHasher.GENESIS;
    private long checked;
    private Mismatch first;
    private Boolean anchorMatches;

    /** What is wrong with which entry. */
    public record Mismatch(long seq, String problem) {
    }

    /** An exported head (seq and hash) that the chain must still contain; both may be null. */
    public ChainVerifier(Long anchorSeq, String anchorHash) {
        this.anchorSeq = anchorSeq;
        this.anchorHash = anchorHash;
    }

    public ChainVerifier() {
        this(null, null);
    }

    /**
     * The outcome.
     *
     * @param entriesChecked how many entries were read
     * @param headSeq        the head's seq as the database keeps it
     * @param headHash       the head's hash
     * @param intact         true when every entry matched
     * @param firstMismatch  the first entry that does not match, or null
     * @param anchorMatches  whether the given anchor is still in the chain, or null without one
     */
    public record Result(long entriesChecked, long headSeq, String headHash, boolean intact, Mismatch firstMismatch,
                         Boolean anchorMatches) {
    }

    public void accept(AuditEntry entry) {
        checked++;
        long seq = entry.seq();
        if (seq > expectedSeq) {
            fail(expectedSeq, seq == expectedSeq + 1 ? "entry " + expectedSeq + " is missing"
                    : "entries " + expectedSeq + " to " + (seq - 1) + " are missing");
        } else if (seq < expectedSeq) {
            fail(seq, "entry " + seq + " appears out of order");
        }
        if (!hasher.hash(entry).equals(entry.hash())) {
            fail(seq, "entry " + seq + " does not match its hash: its content was changed");
        } else if (!entry.prevHash().equals(expectedPrev)) {
            fail(seq, "entry " + seq + " does not link to the hash of entry " + (seq - 1));
        }
        if (anchorSeq != null && anchorSeq == seq) {
            anchorMatches = entry.hash().equals(anchorHash) && first == null;
        }
        expectedSeq = seq + 1;
        expectedPrev = entry.hash();
    }

    /** Checks the end of the chain against the head and answers the outcome. */
    public Result finish(long headSeq, String headHash) {
        long lastSeq = expectedSeq - 1;
        if (headSeq > lastSeq) {
            fail(lastSeq + 1, headSeq == lastSeq + 1 ? "entry " + headSeq + " is missing (it was the last one)"
                    : "entries " + (lastSeq + 1) + " to " + headSeq + " are missing (they were the last ones)");
        } else if (headSeq < lastSeq) {
            fail(headSeq + 1, "entry " + (headSeq + 1) + " was not appended through the chain head");
        } else if (!expectedPrev.equals(headHash)) {
            fail(headSeq, "entry " + headSeq + " does not carry the head's hash");
        }
        if (anchorSeq != null && anchorMatches == null) {
            anchorMatches = false;
        }
        return new Result(checked, headSeq, headHash, first == null, first, anchorMatches);
    }

    private void fail(long seq, String problem) {
        if (first == null) {
            first = new Mismatch(seq, problem);
        }
    }
}
