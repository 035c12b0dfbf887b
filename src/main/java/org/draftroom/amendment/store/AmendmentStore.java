package org.draftroom.amendment.store;

import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.platform.database.Sql;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Amendments in PostgreSQL, in the caller's transaction. Every method is one statement, except
 * {@link #reAnchor}, which also replaces the amendment's footprints ({@link CompetitionStore}).
 */
@Singleton
public class AmendmentStore {
    static final String COLUMNS = """
            a.id, a.draft_id, a.number, a.parent_number, a.kind, a.symbol, a.status, a.author, a.member_state,
            a.anchored_version, a.operations::text, a.justification, a.row_version, a.base_version, a.decision,
            a.decision_reason, a.decided_by, a.decided_at, a.result_version, a.created_at, a.on_behalf_of,
            a.proposed_on, a.proposed_meeting, a.decided_on, a.decided_meeting,
            ARRAY(SELECT c.member_state FROM amendment_cosponsor c WHERE c.amendment_id = a.id ORDER BY 1) AS cosponsors
            """;
    /** The same columns without co-sponsors, for rule checks that need only the operations. */
    static final String LIGHT_COLUMNS = COLUMNS.substring(0, COLUMNS.indexOf("ARRAY(SELECT c.member_state"))
            + "ARRAY[]::text[] AS cosponsors";
    private final Sql sql;
    private final CompetitionStore competition;

    AmendmentStore(Sql sql, CompetitionStore competition) {
        this.sql = sql;
        this.competition = competition;
    }

    /**
     * What a new amendment is made of, with its footprints in the version it is anchored to (which
     * also say what paragraphs it touches).
     */
    public record NewAmendment(long draftId, Integer parentNumber, AmendmentKind kind, String author,
                               String memberState, List<String> cosponsors, int version,
                               List<Operation> operations, String justification, List<PlacedFootprint> footprints) {
    }

    /** The new amendment's id and number. */
    public record Inserted(long id, int number) {
    }

    /** The next number for an amendment ({@code division} false) or a request for division; locks the counter until commit. */
    public int nextNumber(long draftId, boolean division) {
        String column = division ? "last_division" : "last_amendment";
        String sql = "INSERT INTO amendment_counter (draft_id, " + column + ") VALUES (?, 1) ON CONFLICT (draft_id) DO UPDATE SET "
                + column + " = amendment_counter." + column + " + 1 RETURNING " + column;
        return this.sql.single(sql, rs -> rs.getInt(1), draftId);
    }

    /** Inserts the amendment with the next number of {@code numberSequence}, its co-sponsors and its footprints, in one statement. */
    public Inserted insert(String numberSequence, NewAmendment a) {
        Object[] values = new Object[] {numberSequence, a.draftId(), integer(a.parentNumber()), a.kind().name(), a.author(),
                a.memberState(), a.version(), a.version(), PlacedFootprint.paragraphIds(a.footprints()).toArray(String[]::new),
                OperationJson.write(a.operations()), a.justification(), a.cosponsors().toArray(String[]::new), a.draftId(),
                integer(a.parentNumber())};
        return sql.single("""
                WITH next AS (SELECT nextval(?::regclass)::integer AS number),
                inserted AS (
                  INSERT INTO amendment (draft_id, number, parent_number, kind, status, author, member_state, base_version,
                                         anchored_version, paragraph_ids, operations, justification)
                  SELECT ?, next.number, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?::jsonb, ? FROM next RETURNING id, number),
                cosponsors AS (
                  INSERT INTO amendment_cosponsor (amendment_id, member_state) SELECT id, unnest(?::text[]) FROM inserted),
                footprints AS (
                  INSERT INTO amendment_footprint (amendment_id, draft_id, number, parent_number, paragraph_id, effect,
                                                   start_at, end_at, text_fingerprint)
                  SELECT i.id, ?, i.number, ?, f.paragraph_id, f.effect, f.start_at, f.end_at, f.fingerprint
                    FROM inserted i, unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::bigint[])
                         AS f(paragraph_id, effect, start_at, end_at, fingerprint))
                SELECT id, number FROM inserted""", rs -> new Inserted(rs.getLong(1), rs.getInt(2)),
                CompetitionStore.withFootprints(values, a.footprints()));
    }

    /** The pending amendments of the draft with these numbers, without co-sponsors. */
    public List<StoredAmendment> pendingWithNumbers(long draftId, Collection<Integer> numbers) {
        return query("SELECT " + LIGHT_COLUMNS + " FROM amendment a WHERE a.draft_id = ? AND a.status = 'PENDING'"
                + " AND a.number = ANY(?::int[]) ORDER BY a.number", draftId, numbers.toArray(Integer[]::new));
    }

    /** Pending amendments of the draft that have no footprints yet (stored before footprints were kept). */
    public List<StoredAmendment> pendingWithoutFootprints() {
        return query("SELECT " + LIGHT_COLUMNS + " FROM amendment a WHERE a.status = 'PENDING'"
                + " AND NOT EXISTS (SELECT 1 FROM amendment_footprint f WHERE f.amendment_id = a.id) ORDER BY a.id");
    }

    /** Pending amendments of the draft touching any of these paragraphs. */
    public List<StoredAmendment> pendingTouching(long draftId, List<String> paragraphIds) {
        return query("SELECT " + LIGHT_COLUMNS + " FROM amendment a WHERE a.draft_id = ? AND a.status = 'PENDING' AND a.paragraph_ids && ?::text[]"
                + " ORDER BY a.number", draftId, paragraphIds.toArray(String[]::new));
    }

    public Optional<StoredAmendment> find(long draftId, int number) {
        List<StoredAmendment> found = query("SELECT " + COLUMNS + " FROM amendment a WHERE a.draft_id = ? AND a.number = ?", draftId, number);
        return found.stream().findFirst();
    }

    /** The draft's amendments with these numbers, in number order. */
    public List<StoredAmendment> withNumbers(long draftId, Collection<Integer> numbers) {
        return query("SELECT " + COLUMNS + " FROM amendment a WHERE a.draft_id = ? AND a.number = ANY(?::int[]) ORDER BY a.number",
                draftId, numbers.toArray(Integer[]::new));
    }

    /** All amendments of the draft with one of these statuses (all when none given), in number order. */
    public List<StoredAmendment> byStatus(long draftId, Collection<AmendmentStatus> statuses) {
        String[] names = statuses.stream().map(Enum::name).toArray(String[]::new);
        return query("SELECT " + COLUMNS + " FROM amendment a WHERE a.draft_id = ? AND (cardinality(?::text[]) = 0 OR a.status = ANY(?::text[]))"
                + " ORDER BY a.number", draftId, names, names);
    }

    /** What a page of amendments may be filtered by; a null field does not filter. */
    public record Filter(String paragraphId, String status, String memberState, String author) {
    }

    private static final String FILTERED = " FROM amendment a WHERE a.draft_id = ?"
            + " AND (?::text IS NULL OR a.paragraph_ids @> ARRAY[?::text]) AND (?::text IS NULL OR a.status = ?)"
            + " AND (?::text IS NULL OR a.member_state = ? OR EXISTS (SELECT 1 FROM amendment_cosponsor c"
            + "      WHERE c.amendment_id = a.id AND c.member_state = ?))"
            + " AND (?::text IS NULL OR a.member_state = ?)";

    /**
     * One page of the draft's amendments, filtered, with the total count: one query, and a second
     * only for a page past the last, which has no row to carry the total.
     */
    public Page page(long draftId, Filter filter, int offset, int limit) {
        Object[] where = {draftId, filter.paragraphId(), filter.paragraphId(), filter.status(), filter.status(),
                filter.memberState(), filter.memberState(), filter.memberState(), filter.author(), filter.author()};
        Object[] values = Arrays.copyOf(where, where.length + 2);
        values[where.length] = limit;
        values[where.length + 1] = offset;
        long[] total = {0};
        List<StoredAmendment> items = query("SELECT " + COLUMNS + ", count(*) OVER () AS total" + FILTERED + " ORDER BY a.number LIMIT ? OFFSET ?",
                rs -> total[0] = rs.getLong("total"), values);
        if (items.isEmpty() && offset > 0) {
            total[0] = count("SELECT count(*)" + FILTERED, where);
        }
        return new Page(items, total[0]);
    }

    private long count(String sql, Object... values) {
        return this.sql.single(sql, rs -> rs.getLong(1), values);
    }

    public record Page(List<StoredAmendment> items, long total) {
    }

    /** A decision or status change, if nobody changed the amendment since {@code rowVersion}; false otherwise. */
    public boolean decide(long id, long rowVersion, AmendmentStatus status, String decision, String reason, String by,
                          Integer resultVersion, List<Operation> operations) {
        return update("""
                UPDATE amendment SET status = ?, decision = ?, decision_reason = ?, decided_by = ?, decided_at = now(),
                       result_version = ?, operations = coalesce(?::jsonb, operations), row_version = row_version + 1
                 WHERE id = ? AND row_version = ?""", status.name(), decision, reason, by, resultVersion,
                operations == null ? null : OperationJson.write(operations), id, rowVersion) == 1;
    }

    /** Marks pending amendments (by number) as superseded or moot. */
    public void close(long draftId, Collection<Integer> numbers, AmendmentStatus status, String reason) {
        if (!numbers.isEmpty()) {
            update("""
                    UPDATE amendment SET status = ?, decision_reason = ?, decided_at = now(), row_version = row_version + 1
                     WHERE draft_id = ? AND number = ANY(?::int[]) AND status = 'PENDING'""",
                    status.name(), reason, draftId, numbers.toArray(Integer[]::new));
        }
    }

    /**
     * Carries a pending amendment over to another version, or gives it new operations (an adopted
     * sub-amendment's), with its footprints there.
     */
    public void reAnchor(Amendment a, int version, List<Operation> operations, List<PlacedFootprint> footprints) {
        update("""
                UPDATE amendment SET anchored_version = ?, operations = ?::jsonb, paragraph_ids = ?::text[],
                       row_version = row_version + 1 WHERE id = ?""", version, OperationJson.write(operations),
                PlacedFootprint.paragraphIds(footprints).toArray(String[]::new), a.id());
        competition.replaceFootprints(a, footprints);
    }

    public boolean issueSymbol(long id, long rowVersion, String symbol) {
        return update("UPDATE amendment SET symbol = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?",
                symbol, id, rowVersion) == 1;
    }

    public boolean symbolTaken(String symbol) {
        return !query("SELECT " + COLUMNS + " FROM amendment a WHERE a.symbol = ?", symbol).isEmpty();
    }

    /** Counts by status, for the draft's description. */
    public java.util.Map<String, Long> countsByStatus(long draftId) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        sql.each("SELECT status, count(*) FROM amendment WHERE draft_id = ? GROUP BY status ORDER BY status",
                rs -> out.put(rs.getString(1), rs.getLong(2)), draftId);
        return out;
    }

    interface RowHook {
        void accept(ResultSet rs) throws SQLException;
    }

    private List<StoredAmendment> query(String sql, Object... values) {
        return query(sql, null, values);
    }

    private List<StoredAmendment> query(String sql, RowHook hook, Object... values) {
        return this.sql.list(sql, rs -> {
            StoredAmendment amendment = map(rs);
            if (hook != null) {
                hook.accept(rs);
            }
            return amendment;
        }, values);
    }

    private int update(String sql, Object... values) {
        return this.sql.update(sql, values);
    }

    static StoredAmendment map(ResultSet rs) throws SQLException {
        Amendment a = new Amendment(rs.getLong(1), rs.getLong(2), rs.getInt(3), (Integer) rs.getObject(4),
                AmendmentKind.valueOf(rs.getString(5)), rs.getString(6), AmendmentStatus.valueOf(rs.getString(7)), rs.getString(8),
                rs.getString(9).trim(), strings(rs.getArray("cosponsors")), rs.getInt(10), OperationJson.read(rs.getString(11)),
                rs.getString(12), rs.getLong(13));
        return new StoredAmendment(a, rs.getInt(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getObject(18, OffsetDateTime.class), (Integer) rs.getObject(19), rs.getObject(20, OffsetDateTime.class), List.of(),
                rs.getString(21), new StoredAmendment.Days(rs.getObject(22, java.time.LocalDate.class), rs.getString(23),
                rs.getObject(24, java.time.LocalDate.class), rs.getString(25)));
    }

    /** The procedural day (and meeting) the amendment was proposed on. */
    public void proposedOn(long id, java.time.LocalDate on, String meeting) {
        update("UPDATE amendment SET proposed_on = ?, proposed_meeting = ? WHERE id = ?", on, meeting, id);
    }

    /** The procedural day (and meeting) of the decision just taken on the amendment. */
    public void decidedOn(long id, java.time.LocalDate on, String meeting) {
        update("UPDATE amendment SET decided_on = ?, decided_meeting = ? WHERE id = ?", on, meeting, id);
    }

    /** Records that the proposer speaks on behalf of a group ("the Group of African States"). */
    public void onBehalfOf(long id, String group) {
        update("UPDATE amendment SET on_behalf_of = ? WHERE id = ?", group, id);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> o.toString().trim()).toList();
    }

    /** An integer column's value, null as an integer (PostgreSQL cannot infer it in a SELECT list). */
    static Sql.Typed integer(Integer value) {
        return Sql.typed(value, Types.INTEGER);
    }

    /** Who proposed an amendment, by its reference (symbol, or "amendment n"): State code and group, or null. */
    public record Proposer(String reference, String memberState, String onBehalfOf) {
    }

    /** The proposer of every amendment of the draft, in number order (one query, no operations read). */
    public List<Proposer> proposers(long draftId) {
        return sql.list("""
                SELECT coalesce(symbol, 'amendment ' || number), member_state, on_behalf_of
                  FROM amendment WHERE draft_id = ? ORDER BY number""",
                rs -> new Proposer(rs.getString(1), rs.getString(2).trim(), rs.getString(3)), draftId);
    }
}
