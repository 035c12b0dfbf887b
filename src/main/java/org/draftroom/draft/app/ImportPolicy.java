package org.draftroom.draft.app;

import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.util.List;

/**
 * Who may bring a text into Draftroom: the secretariat, and delegations for their own State. Only
 * the secretariat brings in an adopted resolution (it carries an A/RES symbol, and everyone would
 * see it as adopted), and only the secretariat's import names States as main sponsors at once: a
 * delegation's names its own State, and the others printed are proposed until each confirms.
 */
public final class ImportPolicy {
    private ImportPolicy() {
    }

    public static void mayImport(Caller caller) {
        if (!caller.is(Role.SECRETARIAT) && !caller.is(Role.DELEGATE)) {
            throw Refusal.forbidden("Only the secretariat and delegations import texts");
        }
    }

    public static void mayImportAdopted(Caller caller, boolean adopted, String symbol) {
        if (adopted && !caller.is(Role.SECRETARIAT)) {
            throw Refusal.forbidden("Only the secretariat brings in an adopted resolution" + (symbol == null ? "" : " (" + symbol + ")")
                    + "; a delegation imports drafts");
        }
    }

    /** The main sponsors the import names at once, of those printed: all for the secretariat, the delegation's own otherwise. */
    public static List<String> mainSponsorsAtOnce(Caller caller, List<String> printed) {
        if (caller.is(Role.SECRETARIAT)) {
            return printed;
        }
        return caller.delegation().map(List::of).orElse(List.of());
    }
}
