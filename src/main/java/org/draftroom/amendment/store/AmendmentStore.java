package org.draftroom.amendment.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.AmendmentKind;
import org.draftroom.amendment.model.AmendmentStatus;
import org.draftroom.amendment.model.CompetitionLocks;
import org.draftroom.amendment.model.Footprint;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.document.model.ParagraphId;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Amendments in PostgreSQL, in the caller's transaction. Every method is one statement. */
@Singleton
public class AmendmentStore {
    static final String COLUMNS = """
            a.id, a.draft_id, a.number, a.parent_number, a.kind, a.symbol, a.status, a.author, a.member_state,
            a.anchored_version, a.operations::text, a.justification, a.row_version, a.base_version, a.decision,
            a.decision_reason, a.decided_by, a.decided_at, a.result_version, a.created_at,
            ARRAY(SELECT c.member_state FROM amendment_cosponsor c WHERE c.amendment_id = a.id ORDER BY 1) AS cosponsors,
            ARRAY(SELECT k.second_number FROM amendment_competition k WHERE k.draft_id = a.draft_id AND k.first_number = a.number
                  UNION SELECT k.first_number FROM amendment_competition k WHERE k.draft_id = a.draft_id AND k.second_number = a.number
                  ORDER BY 1) AS competitors
            """;
    /** The same columns without co-sponsors and competitors, for rule checks that need only the operations. */
    static final String LIGHT_COLUMNS = COLUMNS.substring(0, COLUMNS.indexOf("ARRAY(SELECT c.member_state"))
            + "ARRAY[]::text[] AS cosponsors, ARRAY[]::int[] AS competitors";
    private final TransactionOperations<Connection> transactions;

    AmendmentStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** What a new amendment is made of. */
    /**
     * What a new amendment is made of: its footprints in the version it is anchored to (which also
     * say what paragraphs it touches), and the pending amendments it competes with
     * ({@code competitors[i]} on {@code competitionParagraphs[i]}).
     */
    public record NewAmendment(long draftId, Integer parentNumber, AmendmentKind kind, String author,
                               String memberState, List<String> cosponsors, int version,
                               List<Operation> operations, String justification, List<PlacedFootprint> footprints,
                               List<Integer> competitors, List<String> competitionParagraphs) {
    }

    /** The new amendment's id and number. */
    public record Inserted(long id, int number) {
    }

    /** The next number for an amendment ({@code division} false) or a request for division; locks the counter until commit. */
    public int nextNumber(long draftId, boolean division) {
        String column = division ? "last_division" : "last_amendment";
        String sql = "INSERT INTO amendment_counter (draft_id, " + column + ") VALUES (?, 1) ON CONFLICT (draft_id) DO UPDATE SET "
                + column + " = amendment_counter." + column + " + 1 RETURNING " + column;
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            s.setLong(1, draftId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failed("number", e);
        }
    }

    /**
     * Takes a proposal's competition locks (transaction-scoped advisory locks, shared or exclusive,
     * all in one order of keys so that proposals never wait on each other in a circle). Two names
     * that hash to the same key only make their proposals take turns. For the rest of the
     * transaction PostgreSQL then runs the plans it keeps for the statements that follow rather
     * than planning them again: left to choose, it plans {@link #footprintsThatMayCompete} afresh at
     * every call (about 0.4 ms, twice the cost of running it), while its kept plan is the same
     * index lookups whatever the parameters.
     */
    public void lockForCompetition(long draftId, List<CompetitionLocks.Lock> locks) {
        TreeMap<Long, Boolean> keys = new TreeMap<>();
        for (CompetitionLocks.Lock lock : locks) {
            long key = ((long) Long.hashCode(draftId) << 32) | (lock.name().hashCode() & 0xffffffffL);
            keys.merge(key, lock.shared(), Boolean::logicalAnd);
        }
        Connection c = connection();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT count(CASE WHEN shared THEN pg_advisory_xact_lock_shared(k) ELSE pg_advisory_xact_lock(k) END),
                       set_config('plan_cache_mode', 'force_generic_plan', true)
                  FROM unnest(?::bigint[], ?::boolean[]) AS t(k, shared)""")) {
            s.setArray(1, c.createArrayOf("bigint", keys.keySet().toArray()));
            s.setArray(2, c.createArrayOf("boolean", keys.values().toArray()));
            s.executeQuery().close();
        } catch (SQLException e) {
            throw failed("lock", e);
        }
    }

    /**
     * Inserts the amendment with the next number of {@code numberSequence}, its co-sponsors, its
     * footprints and its competition links, in one statement.
     */
    public Inserted insert(String numberSequence, NewAmendment a) {
        Connection c = connection();
        try (PreparedStatement s = c.prepareStatement("""
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
                         AS f(paragraph_id, effect, start_at, end_at, fingerprint)),
                competition AS (
                  INSERT INTO amendment_competition (draft_id, first_number, second_number, paragraph_id)
                  SELECT ?, least(o, i.number), greatest(o, i.number), p
                    FROM inserted i, unnest(?::int[], ?::text[]) AS t(o, p) ON CONFLICT DO NOTHING)
                SELECT id, number FROM inserted""")) {
            int n = 0;
            s.setString(++n, numberSequence);
            s.setLong(++n, a.draftId());
            setInteger(s, ++n, a.parentNumber());
            s.setString(++n, a.kind().name());
            s.setString(++n, a.author());
            s.setString(++n, a.memberState());
            s.setInt(++n, a.version());
            s.setInt(++n, a.version());
            s.setArray(++n, c.createArrayOf("text", PlacedFootprint.paragraphIds(a.footprints()).toArray()));
            s.setString(++n, OperationJson.write(a.operations()));
            s.setString(++n, a.justification());
            s.setArray(++n, c.createArrayOf("text", a.cosponsors().toArray()));
            s.setLong(++n, a.draftId());
            setInteger(s, ++n, a.parentNumber());
            n = bindFootprints(c, s, n, a.footprints());
            s.setLong(++n, a.draftId());
            s.setArray(++n, c.createArrayOf("integer", a.competitors().toArray()));
            s.setArray(++n, c.createArrayOf("text", a.competitionParagraphs().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Inserted(rs.getLong(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw failed("insert", e);
        }
    }

    /**
     * The footprints of pending amendments of the draft that may compete with {@code candidate}: on
     * the same paragraphs, and either taken on another text of the paragraph or passing a first
     * coarse test (a removal, two moves, a rewrite, words that touch). The rule itself,
     * {@link org.draftroom.amendment.model.Footprint#competesWith}, decides in Java. Each branch
     * below is one index lookup per footprint of the candidate (V63), so the cost follows what
     * competes, not how many amendments the paragraph has gathered; OFFSET 0 keeps the branches
     * lookups run once per footprint in whatever plan PostgreSQL keeps for the statement.
     */
    public List<PendingFootprint> footprintsThatMayCompete(long draftId, List<PlacedFootprint> candidate) {
        Connection c = connection();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT x.* FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::bigint[])
                       AS c(paragraph_id, effect, start_at, end_at, fingerprint)
                CROSS JOIN LATERAL (
                  -- a removal competes with everything on its paragraph
                  SELECT f.number, f.parent_number, f.paragraph_id, f.effect, f.start_at, f.end_at,
                         f.text_fingerprint = c.fingerprint AS same_text
                    FROM amendment_footprint f
                   WHERE c.effect = 'REMOVES' AND f.draft_id = ? AND f.paragraph_id = c.paragraph_id
                  UNION ALL
                  -- footprints taken on another text of the paragraph are placed again in Java
                  SELECT f.number, f.parent_number, f.paragraph_id, f.effect, f.start_at, f.end_at, false
                    FROM amendment_footprint f
                   WHERE c.effect <> 'REMOVES' AND f.draft_id = ? AND f.paragraph_id = c.paragraph_id
                     AND f.text_fingerprint < c.fingerprint
                  UNION ALL
                  SELECT f.number, f.parent_number, f.paragraph_id, f.effect, f.start_at, f.end_at, false
                    FROM amendment_footprint f
                   WHERE c.effect <> 'REMOVES' AND f.draft_id = ? AND f.paragraph_id = c.paragraph_id
                     AND f.text_fingerprint > c.fingerprint
                  UNION ALL
                  -- removals, rewrites and moves of the paragraph
                  SELECT f.number, f.parent_number, f.paragraph_id, f.effect, f.start_at, f.end_at, true
                    FROM amendment_footprint f
                   WHERE c.effect <> 'REMOVES' AND f.draft_id = ? AND f.paragraph_id = c.paragraph_id
                     AND f.effect IN ('WHOLE', 'REMOVES', 'MOVES') AND f.text_fingerprint = c.fingerprint
                     AND (f.effect = 'REMOVES' OR (f.effect = 'MOVES' AND c.effect = 'MOVES')
                          OR (f.effect = 'WHOLE' AND c.effect IN ('WORDS', 'WHOLE')))
                  UNION ALL
                  -- words that overlap the candidate's words (all of them, for a rewrite)
                  SELECT f.number, f.parent_number, f.paragraph_id, f.effect, f.start_at, f.end_at, true
                    FROM amendment_footprint f
                   WHERE c.effect IN ('WORDS', 'WHOLE') AND f.draft_id = ? AND f.paragraph_id = c.paragraph_id
                     AND f.text_fingerprint = c.fingerprint
                     AND f.reach && CASE WHEN c.effect = 'WORDS' THEN int4range(c.start_at, c.end_at, '[]') ELSE '(,)' END
                  OFFSET 0) AS x
                 ORDER BY 1""")) {
            int n = bindFootprints(c, s, 0, candidate);
            for (int i = 0; i < 5; i++) {
                s.setLong(++n, draftId);
            }
            List<PendingFootprint> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Footprint f = new Footprint(new ParagraphId(rs.getString(3)), Footprint.Effect.valueOf(rs.getString(4)),
                            rs.getInt(5), rs.getInt(6));
                    out.add(new PendingFootprint(rs.getInt(1), (Integer) rs.getObject(2), f, rs.getBoolean(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    /** The pending amendments of the draft with these numbers, without co-sponsors and competitors. */
    public List<StoredAmendment> pendingWithNumbers(long draftId, Collection<Integer> numbers) {
        return query("SELECT " + LIGHT_COLUMNS + " FROM amendment a WHERE a.draft_id = ? AND a.status = 'PENDING'"
                + " AND a.number = ANY(?::int[]) ORDER BY a.number", draftId, numbers.toArray(Integer[]::new));
    }

    /** Pending amendments of the draft that have no footprints yet (stored before footprints were kept). */
    public List<StoredAmendment> pendingWithoutFootprints() {
        return query("SELECT " + LIGHT_COLUMNS + " FROM amendment a WHERE a.status = 'PENDING'"
                + " AND NOT EXISTS (SELECT 1 FROM amendment_footprint f WHERE f.amendment_id = a.id) ORDER BY a.id");
    }

    /** Replaces the footprints of a pending amendment. */
    public void replaceFootprints(Amendment a, List<PlacedFootprint> footprints) {
        Connection c = connection();
        try (PreparedStatement s = c.prepareStatement("""
                WITH gone AS (DELETE FROM amendment_footprint WHERE amendment_id = ?)
                INSERT INTO amendment_footprint (amendment_id, draft_id, number, parent_number, paragraph_id, effect,
                                                 start_at, end_at, text_fingerprint)
                SELECT ?, ?, ?, ?, f.paragraph_id, f.effect, f.start_at, f.end_at, f.fingerprint
                  FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::bigint[])
                       AS f(paragraph_id, effect, start_at, end_at, fingerprint)""")) {
            s.setLong(1, a.id());
            s.setLong(2, a.id());
            s.setLong(3, a.draftId());
            s.setInt(4, a.number());
            setInteger(s, 5, a.parentNumber());
            bindFootprints(c, s, 5, footprints);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("place", e);
        }
    }

    private static int bindFootprints(Connection c, PreparedStatement s, int after, List<PlacedFootprint> footprints) throws SQLException {
        int n = after;
        s.setArray(++n, c.createArrayOf("text", footprints.stream().map(f -> f.footprint().paragraph().value()).toArray()));
        s.setArray(++n, c.createArrayOf("text", footprints.stream().map(f -> f.footprint().effect().name()).toArray()));
        s.setArray(++n, c.createArrayOf("integer", footprints.stream().map(f -> f.footprint().start()).toArray()));
        s.setArray(++n, c.createArrayOf("integer", footprints.stream().map(f -> f.footprint().end()).toArray()));
        s.setArray(++n, c.createArrayOf("bigint", footprints.stream().map(PlacedFootprint::textFingerprint).toArray()));
        return n;
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

    /** One page of the draft's amendments, filtered, with the total count (one query). */
    public Page page(long draftId, String paragraphId, String status, String memberState, int offset, int limit) {
        String sql = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM amendment a WHERE a.draft_id = ?"
                + " AND (?::text IS NULL OR a.paragraph_ids @> ARRAY[?::text]) AND (?::text IS NULL OR a.status = ?)"
                + " AND (?::text IS NULL OR a.member_state = ? OR EXISTS (SELECT 1 FROM amendment_cosponsor c"
                + "      WHERE c.amendment_id = a.id AND c.member_state = ?))"
                + " ORDER BY a.number LIMIT ? OFFSET ?";
        long[] total = {0};
        List<StoredAmendment> items = query(sql, rs -> total[0] = rs.getLong("total"), draftId, paragraphId, paragraphId, status, status,
                memberState, memberState, memberState, limit, offset);
        return new Page(items, total[0]);
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
        replaceFootprints(a, footprints);
    }

    public boolean issueSymbol(long id, long rowVersion, String symbol) {
        return update("UPDATE amendment SET symbol = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?",
                symbol, id, rowVersion) == 1;
    }

    public boolean symbolTaken(String symbol) {
        return !query("SELECT " + COLUMNS + " FROM amendment a WHERE a.symbol = ?", symbol).isEmpty();
    }

    /** Pairs of pending amendments that compete, by paragraph id: [paragraphId, first, second]. */
    public List<Object[]> pendingCompetitions(long draftId) {
        try (PreparedStatement s = connection().prepareStatement("""
                SELECT k.paragraph_id, k.first_number, k.second_number FROM amendment_competition k
                  JOIN amendment a ON a.draft_id = k.draft_id AND a.number = k.first_number AND a.status = 'PENDING'
                  JOIN amendment b ON b.draft_id = k.draft_id AND b.number = k.second_number AND b.status = 'PENDING'
                 WHERE k.draft_id = ? ORDER BY 1, 2, 3""")) {
            s.setLong(1, draftId);
            List<Object[]> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)});
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    /** Counts by status, for the draft's description. */
    public java.util.Map<String, Long> countsByStatus(long draftId) {
        try (PreparedStatement s = connection().prepareStatement(
                "SELECT status, count(*) FROM amendment WHERE draft_id = ? GROUP BY status ORDER BY status")) {
            s.setLong(1, draftId);
            java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    interface RowHook {
        void accept(ResultSet rs) throws SQLException;
    }

    private List<StoredAmendment> query(String sql, Object... values) {
        return query(sql, null, values);
    }

    private List<StoredAmendment> query(String sql, RowHook hook, Object... values) {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            bind(s, values);
            List<StoredAmendment> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                    if (hook != null) {
                        hook.accept(rs);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private int update(String sql, Object... values) {
        try (PreparedStatement s = connection().prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failed("update", e);
        }
    }

    private void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof String[] texts) {
                s.setArray(i + 1, connection().createArrayOf("text", texts));
            } else if (v instanceof Integer[] ints) {
                s.setArray(i + 1, connection().createArrayOf("integer", ints));
            } else if (v == null) {
                s.setNull(i + 1, Types.OTHER);
            } else {
                s.setObject(i + 1, v);
            }
        }
    }

    static StoredAmendment map(ResultSet rs) throws SQLException {
        Amendment a = new Amendment(rs.getLong(1), rs.getLong(2), rs.getInt(3), (Integer) rs.getObject(4),
                AmendmentKind.valueOf(rs.getString(5)), rs.getString(6), AmendmentStatus.valueOf(rs.getString(7)), rs.getString(8),
                rs.getString(9).trim(), strings(rs.getArray("cosponsors")), rs.getInt(10), OperationJson.read(rs.getString(11)),
                rs.getString(12), rs.getLong(13));
        List<Integer> competitors = Arrays.stream((Object[]) rs.getArray("competitors").getArray()).map(o -> ((Number) o).intValue()).toList();
        return new StoredAmendment(a, rs.getInt(14), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getObject(18, OffsetDateTime.class), (Integer) rs.getObject(19), rs.getObject(20, OffsetDateTime.class), competitors);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> o.toString().trim()).toList();
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    private Connection connection() {
        return transactions.getConnection();
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("Amendments: cannot " + what + ": " + e.getMessage(), e);
    }
}
