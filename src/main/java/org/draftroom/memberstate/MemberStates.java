package org.draftroom.memberstate;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Member States table, read once: it changes only by migration.
 */
@Singleton
public class MemberStates {
    private final MemberStateRepository repository;
    private final FormerNameRepository formerNames;
    private volatile NamesInTime history;
    private volatile List<MemberState> all;
    private volatile Map<String, MemberState> byCode;
    private volatile Map<String, MemberState> byName;

    MemberStates(MemberStateRepository repository, FormerNameRepository formerNames) {
        this.repository = repository;
        this.formerNames = formerNames;
    }

    public List<MemberState> all() {
        load();
        return all;
    }

    public Optional<MemberState> byCode(String code) {
        load();
        return Optional.ofNullable(code == null ? null : byCode.get(code.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Finds a State by the name UN documents print. */
    public Optional<MemberState> byName(String name) {
        load();
        return Optional.ofNullable(byName.get(name)).or(() -> history.codeOf(name).flatMap(this::byCode));
    }

    public String nameOf(String code) {
        return byCode(code).map(MemberState::name).orElse(code);
    }

    /** The name the State bore on {@code day} (its present name when {@code day} is null). */
    public String nameOn(String code, java.time.LocalDate day) {
        load();
        return history.on(code, nameOf(code), day);
    }

    /** The name the State bore when the session opened (its present name when {@code session} is null). */
    public String nameInSession(String code, Integer session) {
        return session == null ? nameOf(code) : nameOn(code, NamesInTime.sessionOpening(session));
    }

    private void load() {
        if (all == null) {
            synchronized (this) {
                if (all == null) {
                    List<MemberState> states = repository.findAllOrderByName();
                    byCode = states.stream().collect(Collectors.toUnmodifiableMap(MemberState::code, Function.identity()));
                    byName = states.stream().collect(Collectors.toUnmodifiableMap(MemberState::name, Function.identity()));
                    history = new NamesInTime(formerNames.findAllOrderByUsedUntil());
                    all = List.copyOf(states);
                }
            }
        }
    }
}
