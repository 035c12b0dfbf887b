package org.draftroom.lifecycle.store;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.draftroom.lifecycle.ProceduralDate;
import org.draftroom.platform.database.Sql;

/** The dated steps of each draft, in the caller's transaction. */
@Singleton
public class ProceduralSteps {
    private final Sql sql;

    ProceduralSteps(Sql sql) {
        this.sql = sql;
    }

    /** One dated step. */
    public record DatedStep(String step, LocalDate on, String meeting) {
    }

    /** The draft's latest step by date (the last recorded among those of that date). */
    public Optional<ProceduralDate.Previous> latest(long draftId) {
        return sql.one("SELECT step, on_date FROM procedural_step WHERE draft_id = ? ORDER BY on_date DESC, id DESC LIMIT 1",
                rs -> new ProceduralDate.Previous(rs.getString(1), rs.getObject(2, LocalDate.class)), draftId);
    }

    /** The session of the draft, when known. */
    public Optional<Integer> session(long draftId) {
        return sql.one("SELECT session FROM draft WHERE id = ?", rs -> (Integer) rs.getObject(1), draftId);
    }

    public void add(long draftId, DatedStep step, String by) {
        sql.update("INSERT INTO procedural_step (draft_id, step, on_date, meeting, recorded_by) VALUES (?, ?, ?, ?, ?)",
                draftId, step.step(), step.on(), step.meeting(), by);
    }

    /** The date of the draft's first step of this name, if taken. */
    public Optional<LocalDate> first(long draftId, String step) {
        return sql.one("SELECT on_date FROM procedural_step WHERE draft_id = ? AND step = ? ORDER BY id LIMIT 1",
                rs -> rs.getObject(1, LocalDate.class), draftId, step);
    }

    public List<DatedStep> all(long draftId) {
        return sql.list("SELECT step, on_date, meeting FROM procedural_step WHERE draft_id = ? ORDER BY on_date, id",
                rs -> new DatedStep(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)), draftId);
    }
}
