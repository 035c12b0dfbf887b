package org.draftroom.agreedlanguage.model;

/**
 * What an amendment does to the agreed language of a paragraph, in a sentence for negotiators:
 * "restores the words of 72/195 OP4" when the paragraph did not read as adopted and will.
 */
public final class AmendmentEffect {

    private AmendmentEffect() {
    }

    public static String describe(String label, Provenance before, Provenance after) {
        boolean wasVerbatim = before != null && before.origin() == Origin.VERBATIM;
        return switch (after.origin()) {
            case VERBATIM -> wasVerbatim && before.closest().equals(after.closest())
                    ? label + " still reads as " + after.closest()
                    : "restores the words of " + after.closest() + " in " + label;
            case MODIFIED -> (wasVerbatim ? "departs from the words of " + before.closest() + " in " + label + "; "
                    : label + " ") + "comes close to " + after.closest() + " ("
                    + Math.round(after.sources().get(0).similarity() * 100) + "% of the words)";
            case NEW -> (wasVerbatim ? "departs from the words of " + before.closest() + " in " + label + "; " : "")
                    + (before == null ? "adds " + label + " in words never adopted" : label + " reads in words never adopted");
        };
    }
}
