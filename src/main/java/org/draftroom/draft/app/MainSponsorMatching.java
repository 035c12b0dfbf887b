package org.draftroom.draft.app;

import jakarta.inject.Singleton;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the sponsors printed in a heading into Member State codes. */
@Singleton
class MainSponsorMatching {
    private final MemberStates memberStates;

    MainSponsorMatching(MemberStates memberStates) {
        this.memberStates = memberStates;
    }

    List<String> match(List<String> printedNames, Caller caller, boolean adopted) {
        if (adopted) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : printedNames) {
            memberStates.byName(name).map(MemberState::code).ifPresentOrElse(codes::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw Refusal.unprocessable("unknown-sponsor", "These sponsors are not Member States as UN documents name them: "
                    + String.join("; ", unknown)).with("unknownSponsors", unknown);
        }
        caller.delegation().ifPresent(codes::add);
        return List.copyOf(codes);
    }
}
