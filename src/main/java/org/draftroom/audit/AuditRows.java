package org.draftroom.audit;

import org.draftroom.audit.chain.AuditEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

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

    /** A statement selecting the filtered entries in order, reading {@code fetchSize} rows at a time. */
    static PreparedStatement select(Connection connection, AuditFilter filter, Integer limit, int fetchSize)
            throws SQLException {
        AuditFilter.Sql sql = filter.sql();
        String query = "SELECT " + COLUMNS + " FROM audit_entry" + sql.where() + filter.orderBy()
                + (limit == null ? "" : " LIMIT " + limit);
        PreparedStatement statement = connection.prepareStatement(query);
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        statement.setFetchSize(fetchSize);
        return statement;
    }
}
