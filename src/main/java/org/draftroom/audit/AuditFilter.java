package org.draftroom.audit;

import org.draftroom.shared.Refusal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the secretariat searches for. Every criterion is optional. {@code type} is an exact event
 * type, or a family such as {@code amendment.*}; {@code from} is inclusive and {@code to}
 * exclusive; {@code cursor} is the seq after which (in the chosen order) the page starts.
 */
record AuditFilter(Long draftId, String memberState, String username, String type, Instant from, Instant to,
                   Long cursor, boolean ascending) {
    private static final Pattern TYPE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*(\\.\\*)?");

    AuditFilter {
        if (type != null && !TYPE.matcher(type).matches()) {
            throw Refusal.badRequest("invalid-event-type", "type must be an event type such as cosponsorship.joined "
                    + "or a family such as amendment.*");
        }
        memberState = memberState == null ? null : memberState.toUpperCase(Locale.ROOT);
        if (from != null && to != null && !from.isBefore(to)) {
            throw Refusal.badRequest("invalid-time-range", "from must be before to");
        }
    }

    /** A WHERE clause (possibly empty) and its parameters, in order. */
    record Sql(String where, List<Object> parameters) {
    }

    Sql sql() {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        add(conditions, parameters, "draft_id = ?", draftId);
        add(conditions, parameters, "member_state = ?", memberState);
        add(conditions, parameters, "username = ?", username);
        if (type != null && type.endsWith(".*")) {
            add(conditions, parameters, "event_type LIKE ?", type.substring(0, type.length() - 1) + "%");
        } else {
            add(conditions, parameters, "event_type = ?", type);
        }
        add(conditions, parameters, "occurred_at >= ?", from == null ? null : java.sql.Timestamp.from(from));
        add(conditions, parameters, "occurred_at < ?", to == null ? null : java.sql.Timestamp.from(to));
        add(conditions, parameters, ascending ? "seq > ?" : "seq < ?", cursor);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Sql(where, parameters);
    }

    /** The same filter, continuing after (or, descending, before) the given entry. */
    AuditFilter after(long seq) {
        return new AuditFilter(draftId, memberState, username, type, from, to, seq, ascending);
    }

    String orderBy() {
        return ascending ? " ORDER BY seq ASC" : " ORDER BY seq DESC";
    }

    private static void add(List<String> conditions, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }
}
