package org.draftroom.security;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.memberstate.MemberStates;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.util.LinkedHashMap;
import java.util.Map;

/** An administrator changes an account's role, Member State or whether it may sign in. */
@Singleton
public class ChangingUserRole {
    private final UserAccountRepository users;
    private final MemberStates memberStates;
    private final AuditTrail audit;

    ChangingUserRole(UserAccountRepository users, MemberStates memberStates, AuditTrail audit) {
        this.users = users;
        this.memberStates = memberStates;
        this.audit = audit;
    }

    public record Change(Role role, String memberState, Boolean active) {
    }

    @Transactional
    public UserAccount change(Caller admin, String username, Change change, Long expectedVersion) {
        UserAccount before = users.findByUsername(username).orElseThrow(() -> Refusal.notFound("User", username));
        if (expectedVersion != null && !expectedVersion.equals(before.version())) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "stale-user", "Changed meanwhile",
                    "The account was changed by someone else; reload it and try again");
        }
        if (admin.username().equals(username) && change.role() != null && change.role() != Role.ADMIN) {
            throw Refusal.unprocessable("own-role", "An administrator cannot take away its own role");
        }
        Role role = change.role() == null ? before.role() : change.role();
        boolean stillActive = change.active() == null ? before.active() : change.active();
        if (admin.username().equals(username) && !stillActive) {
            throw Refusal.unprocessable("own-account", "An administrator cannot disable its own account");
        }
        if (before.role() == Role.ADMIN && before.active() && (role != Role.ADMIN || !stillActive)
                && users.lockOtherActiveAdministrators(username) == 0) {
            throw Refusal.unprocessable("last-administrator",
                    "'" + username + "' is the last active administrator; make another one first");
        }
        String state = role == Role.DELEGATE
                ? memberStates.byCode(change.memberState() == null ? before.memberState() : change.memberState())
                .orElseThrow(() -> Refusal.unprocessable("unknown-member-state",
                        "a delegate needs the alpha-3 code of a Member State; '" + change.memberState() + "' is not one"))
                .code()
                : null;
        boolean active = change.active() == null ? before.active() : change.active();
        UserAccount after = users.update(new UserAccount(before.id(), before.username(), before.passwordHash(), role, state,
                active, before.version()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("username", username);
        payload.put("before", Map.of("role", before.role().name(), "memberState", String.valueOf(before.memberState()),
                "active", before.active()));
        payload.put("after", Map.of("role", role.name(), "memberState", String.valueOf(state), "active", active));
        audit.record(AuditEvent.by(admin, "user.role-changed", null, payload));
        return after;
    }
}
