package org.draftroom.lifecycle;

import java.util.List;

/**
 * What the procedure needs of a draft's list of co-sponsors, asked through this interface that
 * the procedure owns and the sponsorship feature answers: the procedure does not depend on
 * sponsorship, sponsorship depends on the procedure. Every method runs in the caller's transaction.
 */
public interface CoSponsorship {
    /** True while the list is open (no deadline passed, action not opened, draft not withdrawn). */
    boolean isOpen(long draftId);

    /** The co-sponsoring States (alpha-3 codes), in the order they joined. */
    List<String> coSponsors(long draftId);

    /**
     * A step of the procedure closes the list (opening of action, withdrawal); the caller holds the
     * draft's lock and its own audit entry says so. False when the list was closed already.
     */
    boolean closeWithStep(long draftId, String step);
}
