package org.draftroom.draft.store;

import jakarta.inject.Singleton;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.model.Drafts;
import org.draftroom.draft.model.Stage;
import org.draftroom.platform.database.Sql;
import org.draftroom.shared.Refusal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Drafts in PostgreSQL. Every method runs in the caller's transaction; reading a draft with its
 * main sponsors is one query.
 */
@Singleton
public class DraftStore implements Drafts {
    private static final String SELECT = """
            SELECT d.id, d.title, d.session, d.committee, d.agenda_item_number, d.agenda_item_title, d.symbol,
                   d.stage, d.current_version, d.facilitator, d.process_instance_id, d.created_by, d.created_at,
                   d.row_version,
                   ARRAY(SELECT s.member_state FROM draft_main_sponsor s WHERE s.draft_id = d.id ORDER BY s.member_state) AS sponsors
              FROM draft d
            """;
    private final Sql sql;

    DraftStore(Sql sql) {
        this.sql = sql;
    }

    public long insert(NewDraft draft) {
        long id = sql.one("""
                INSERT INTO draft (title, session, committee, agenda_item_number, agenda_item_title, symbol, stage, created_by)
                VALUES (?, ?::int, ?, ?::int, ?, ?, ?, ?) RETURNING id""", rs -> rs.getLong(1), draft.title(), draft.session(),
                draft.committee(), draft.agendaItemNumber(), draft.agendaItemTitle(), draft.symbol(), draft.stage().name(),
                draft.createdBy()).orElseThrow();
        sql.update("INSERT INTO draft_main_sponsor (draft_id, member_state) SELECT ?, unnest(?::text[])", id,
                List.copyOf(draft.mainSponsors()));
        return id;
    }

    public Optional<Draft> find(long id) {
        return one(SELECT + " WHERE d.id = ?", id);
    }

    public Optional<Draft> findBySymbol(String symbol) {
        return one(SELECT + " WHERE d.symbol = ?", symbol);
    }

    /** Reads the draft and locks its row until the transaction ends: changes to one draft take turns. */
    @Override
    public Draft lock(long id) {
        return one(SELECT + " WHERE d.id = ? FOR UPDATE OF d", id).orElseThrow(() -> Refusal.notFound("Draft", id));
    }

    /**
     * Reads the draft with a shared lock until the transaction ends: many may hold it at once
     * (proposals, joins), but a change of stage ({@link #lock}) waits for them, and they for it,
     * so nothing slips in under a stage that has just ended.
     */
    public Draft share(long id) {
        return one(SELECT + " WHERE d.id = ? FOR SHARE OF d", id).orElseThrow(() -> Refusal.notFound("Draft", id));
    }

    @Override
    public Draft require(long id) {
        return find(id).orElseThrow(() -> Refusal.notFound("Draft", id));
    }

    public List<Draft> list(Integer session, String committee, String stage) {
        return sql.list(SELECT + " WHERE (?::int IS NULL OR d.session = ?::int) AND (?::text IS NULL OR d.committee = ?)"
                + " AND (?::text IS NULL OR d.stage = ?) ORDER BY d.session DESC NULLS LAST, d.id DESC LIMIT 500",
                DraftStore::map, session, session, committee, committee, stage, stage);
    }

    /**
     * The list with when each draft last changed, in one query: the latest audit entry of the draft,
     * sealed or still queued (every change queues one in its own transaction), else its creation.
     */
    public List<ListedDraft> listWithLastChange(Integer session, String committee, String stage) {
        return sql.list("SELECT listed.*, GREATEST(listed.created_at,"
                + " (SELECT max(e.occurred_at) FROM audit_entry e WHERE e.draft_id = listed.id),"
                + " (SELECT max(q.occurred_at) FROM audit_queue q WHERE q.draft_id = listed.id)) AS last_changed_at FROM ("
                + SELECT + " WHERE (?::int IS NULL OR d.session = ?::int) AND (?::text IS NULL OR d.committee = ?)"
                + " AND (?::text IS NULL OR d.stage = ?) ORDER BY d.session DESC NULLS LAST, d.id DESC LIMIT 500) listed"
                + " ORDER BY listed.session DESC NULLS LAST, listed.id DESC",
                rs -> new ListedDraft(map(rs), rs.getObject("last_changed_at", OffsetDateTime.class)),
                session, session, committee, committee, stage, stage);
    }

    /** Changes stage, symbol, facilitator or process of a draft and bumps its row version. */
    @Override
    public void update(long id, Stage stage, String symbol, String facilitator, String processInstanceId) {
        execute("""
                UPDATE draft SET stage = ?, symbol = ?, facilitator = ?, process_instance_id = ?,
                       row_version = row_version + 1 WHERE id = ?""", stage.name(), symbol, facilitator, processInstanceId, id);
    }

    /** Marks the draft as changed (its ETag moves) without touching its columns. */
    @Override
    public void touch(long id) {
        execute("UPDATE draft SET row_version = row_version + 1 WHERE id = ?", id);
    }

    void setCurrentVersion(long id, int number) {
        execute("UPDATE draft SET current_version = ?, row_version = row_version + 1 WHERE id = ?", number, id);
    }

    private void execute(String statement, Object... values) {
        sql.update(statement, values);
    }

    private Optional<Draft> one(String query, Object key) {
        return sql.one(query, DraftStore::map, key);
    }

    private static Draft map(ResultSet rs) throws SQLException {
        Array sponsors = rs.getArray("sponsors");
        return new Draft(rs.getLong("id"), rs.getString("title"), (Integer) rs.getObject("session"),
                rs.getString("committee"), (Integer) rs.getObject("agenda_item_number"), rs.getString("agenda_item_title"),
                rs.getString("symbol"), stage(rs.getString("stage")), rs.getInt("current_version"), rs.getString("facilitator"),
                rs.getString("process_instance_id"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getLong("row_version"),
                Arrays.stream((Object[]) sponsors.getArray()).map(o -> o.toString().trim()).toList());
    }

    /** The one mapping between the {@code draft.stage} column and {@link Stage}: its constant's name. */
    private static Stage stage(String stored) {
        return Stage.parse(stored).orElseThrow(() -> new IllegalStateException("Unknown stage " + stored));
    }
}
