package org.draftroom.lifecycle.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.draftroom.audit.AuditEvent;
import org.draftroom.audit.AuditTrail;
import org.draftroom.lifecycle.ResolutionNumbers;
import org.draftroom.lifecycle.store.NumberSeries;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Refusal;
import org.draftroom.shared.Role;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The secretariat sets where a session's resolution or decision numbers stand; anyone signed in reads it. */
@Singleton
public class SettingNumbering {
    private final NumberSeries numbers;
    private final AuditTrail audit;

    SettingNumbering(NumberSeries numbers, AuditTrail audit) {
        this.numbers = numbers;
        this.audit = audit;
    }

    /** The last number given and the next free one ("80/186"). */
    public record Numbering(int session, String kind, int lastNumber, String next) {
    }

    @Transactional
    public Numbering read(int session, String kind) {
        ResolutionNumbers.Kind k = kind(kind);
        checkSession(session);
        String series = k.series(session);
        return new Numbering(session, k.printed() + "s", numbers.last(series),
                ResolutionNumbers.printed(session, numbers.peekNext(series)));
    }

    @Transactional
    public Numbering set(Caller caller, int session, String kind, Integer lastNumber) {
        if (!caller.is(Role.SECRETARIAT)) {
            throw Refusal.forbidden("Only the secretariat sets where a session's numbering stands.");
        }
        ResolutionNumbers.Kind k = kind(kind);
        checkSession(session);
        if (lastNumber == null || lastNumber < 0 || lastNumber > 99_999) {
            throw Refusal.unprocessable("not-a-number", "Give lastNumber, the last number given in the session (0 to 99999)");
        }
        String series = k.series(session);
        int before = numbers.last(series);
        numbers.standAt(series, lastNumber);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("session", session);
        payload.put("kind", k.printed());
        payload.put("before", before);
        payload.put("after", lastNumber);
        audit.record(AuditEvent.by(caller, "numbering.set", null, payload));
        return read(session, kind);
    }

    private static void checkSession(int session) {
        if (session < 1 || session > 200) {
            throw Refusal.unprocessable("not-a-session", "A session is numbered 1 to 200, not " + session);
        }
    }

    private static ResolutionNumbers.Kind kind(String kind) {
        return switch (kind == null ? "" : kind.toLowerCase(Locale.ROOT)) {
            case "resolutions", "resolution" -> ResolutionNumbers.Kind.RESOLUTION;
            case "decisions", "decision" -> ResolutionNumbers.Kind.DECISION;
            default -> throw Refusal.notFound("Numbering", kind);
        };
    }
}
