package org.draftroom.lifecycle.app;

import jakarta.inject.Singleton;
import org.draftroom.memberstate.MemberState;
import org.draftroom.memberstate.MemberStates;

import java.util.Set;
import java.util.stream.Collectors;

/** The States that vote: the Member States (observer States do not). */
@Singleton
public class Voters {
    private final MemberStates memberStates;

    Voters(MemberStates memberStates) {
        this.memberStates = memberStates;
    }

    public Set<String> codes() {
        return memberStates.all().stream().filter(s -> !s.observer()).map(MemberState::code).collect(Collectors.toUnmodifiableSet());
    }
}
