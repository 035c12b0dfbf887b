package org.draftroom.agreedlanguage.store;

import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.Silence;
import org.draftroom.agreedlanguage.model.SilenceBreak;
import org.draftroom.agreedlanguage.model.SilenceState;
import org.draftroom.platform.database.Sql;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Silence procedures and who broke them (migrations/V150); one query reads a silence with its breaks. */
@Singleton
public class SilenceStore {
    private static final String COLUMNS = """
            SELECT s.id, s.draft_id, s.version, s.until, s.state, s.started_by, s.started_at, s.closed_at, s.row_version,
                   b.member_state, b.broken_by, b.broken_at, b.text
            """;
    private final Sql sql;

    SilenceStore(Sql sql) {
        this.sql = sql;
    }

    /** The draft's latest silence (running or closed), with its breaks. */
    public Optional<Silence> latest(long draftId) {
        return read(COLUMNS + """
                  FROM (SELECT * FROM silence_procedure WHERE draft_id = ? ORDER BY id DESC LIMIT 1) s
                  LEFT JOIN silence_break b ON b.silence_id = s.id
                 ORDER BY b.broken_at, b.member_state""", draftId);
    }

    /** A silence by its id, with its breaks. */
    public Optional<Silence> byId(long silenceId) {
        return read(COLUMNS + """
                  FROM silence_procedure s
                  LEFT JOIN silence_break b ON b.silence_id = s.id
                 WHERE s.id = ?
                 ORDER BY b.broken_at, b.member_state""", silenceId);
    }

    /** Puts a version under silence; answers the silence's id. */
    public long start(long draftId, int version, OffsetDateTime until, String startedBy) {
        return sql.single("""
                INSERT INTO silence_procedure (draft_id, version, until, started_by) VALUES (?, ?, ?, ?) RETURNING id""",
                rs -> rs.getLong(1), draftId, version, until, startedBy);
    }

    public void processStarted(long silenceId, String processInstanceId) {
        sql.update("UPDATE silence_procedure SET process_instance_id = ? WHERE id = ?", processInstanceId, silenceId);
    }

    /** Records that a State broke silence and moves the silence's entity tag on; answers the new row version. */
    public long addBreak(long silenceId, String memberState, String brokenBy, String text) {
        return sql.single("""
                WITH added AS (INSERT INTO silence_break (silence_id, member_state, broken_by, text) VALUES (?, ?, ?, ?))
                UPDATE silence_procedure SET row_version = row_version + 1 WHERE id = ? RETURNING row_version""",
                rs -> rs.getLong(1), silenceId, memberState, brokenBy, text, silenceId);
    }

    /** Closes a running silence with its outcome; false when it was no longer running. */
    public boolean close(long silenceId, SilenceState outcome) {
        return sql.update("""
                UPDATE silence_procedure SET state = ?, closed_at = now(), row_version = row_version + 1
                 WHERE id = ? AND state = 'UNDER_SILENCE'""", outcome.name(), silenceId) == 1;
    }

    private Optional<Silence> read(String query, long id) {
        List<Silence> rows = new ArrayList<>();
        List<SilenceBreak> breaks = new ArrayList<>();
        sql.each(query, rs -> {
            if (rows.isEmpty()) {
                rows.add(new Silence(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, OffsetDateTime.class),
                        SilenceState.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getLong(9), List.of()));
            }
            if (rs.getString(10) != null) {
                breaks.add(new SilenceBreak(rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class),
                        rs.getString(13)));
            }
        }, id);
        return rows.stream().findFirst().map(silence -> new Silence(silence.id(), silence.draftId(), silence.version(),
                silence.until(), silence.state(), silence.startedBy(), silence.startedAt(), silence.closedAt(),
                silence.rowVersion(), breaks));
    }
}
