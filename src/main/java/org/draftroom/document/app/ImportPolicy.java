package org.draftroom.document.app;

import org.draftroom.security.Caller;
import org.draftroom.security.Role;
import org.draftroom.shared.Refusal;

/** Who may bring a text into Draftroom: the secretariat, and delegations for their own State. */
public final class ImportPolicy {
    private ImportPolicy() {
    }

    public static void mayImport(Caller caller) {
        if (!caller.is(Role.SECRETARIAT) && !caller.is(Role.DELEGATE)) {
            throw Refusal.forbidden("Only the secretariat and delegations import texts");
        }
    }
}
