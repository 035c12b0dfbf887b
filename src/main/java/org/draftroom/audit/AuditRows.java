package org.draftroom.audit;

import org.draftroom.audit.chain.AuditEntry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reading {@code audit_entry} rows. */
final class AuditRows {
    static final String COLUMNS = "seq, occurred_at, username, role, member_state, draft_id, event_type, payload, "
            + "request_id, prev_hash, hash";

    private AuditRows() {
    }

    static AuditEntry read(ResultSet row) throws SQLException {
        long draft = row.getLong(6);
        Long draftId = row.wasNull() ? null : draft;
        return new AuditEntry(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                row.getString(4), row.getString(5), draftId, row.getString(7), row.getString(8), row.getString(9),
                row.getString(10), row.getString(11));
    }

    /** The query selecting the filtered entries in order (its values: {@code filter.sql().parameters()}). */
    static String select(AuditFilter filter, Integer limit) {
        return "SELECT " + COLUMNS + " FROM audit_entry" + filter.sql().where() + filter.orderBy()
                + (limit == null ? "" : " LIMIT " + limit);
    }
}
