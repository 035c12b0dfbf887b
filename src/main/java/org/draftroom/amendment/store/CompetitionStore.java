package org.draftroom.amendment.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.CompetitionLocks;
import org.draftroom.amendment.model.Footprint;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.document.model.ParagraphId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Competition between pending amendments in PostgreSQL, in the caller's transaction: the locks
 * that make proposals which may compete take turns, the stored footprints of pending amendments
 * and the pairs found competing. Every method is one statement. The links themselves are written
 * with their amendment ({@link AmendmentStore#insert}).
 */
@Singleton
public class CompetitionStore {
    private final TransactionOperations<Connection> transactions;

    CompetitionStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
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
            throw AmendmentStore.failed("lock", e);
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
            throw AmendmentStore.failed("read", e);
        }
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
            AmendmentStore.setInteger(s, 5, a.parentNumber());
            bindFootprints(c, s, 5, footprints);
            s.executeUpdate();
        } catch (SQLException e) {
            throw AmendmentStore.failed("place", e);
        }
    }

    static int bindFootprints(Connection c, PreparedStatement s, int after, List<PlacedFootprint> footprints) throws SQLException {
        int n = after;
        s.setArray(++n, c.createArrayOf("text", footprints.stream().map(f -> f.footprint().paragraph().value()).toArray()));
        s.setArray(++n, c.createArrayOf("text", footprints.stream().map(f -> f.footprint().effect().name()).toArray()));
        s.setArray(++n, c.createArrayOf("integer", footprints.stream().map(f -> f.footprint().start()).toArray()));
        s.setArray(++n, c.createArrayOf("integer", footprints.stream().map(f -> f.footprint().end()).toArray()));
        s.setArray(++n, c.createArrayOf("bigint", footprints.stream().map(PlacedFootprint::textFingerprint).toArray()));
        return n;
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
            throw AmendmentStore.failed("read", e);
        }
    }

    private Connection connection() {
        return transactions.getConnection();
    }
}
