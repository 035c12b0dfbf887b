package org.draftroom.amendment.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.Footprint;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.document.model.ParagraphId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored footprints of pending amendments in PostgreSQL, in the caller's transaction, from
 * which competition between them is found. Every method is one round trip. The footprints of a
 * new amendment are written with it ({@link AmendmentStore#insert}); a trigger forgets them once
 * it is no longer pending.
 */
@Singleton
public class CompetitionStore {
    private final TransactionOperations<Connection> transactions;

    CompetitionStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * The footprints of pending amendments of the draft that may compete with {@code candidate}: on
     * the same paragraphs, and either taken on another text of the paragraph or passing a first
     * coarse test (a removal, two moves, a rewrite, words that touch). The rule itself,
     * {@link org.draftroom.amendment.model.Footprint#competesWith}, decides in Java. Each branch
     * below is one index lookup per footprint of the candidate (V63), so the cost follows what
     * competes, not how many amendments the paragraph has gathered; OFFSET 0 keeps the branches
     * lookups run once per footprint in whatever plan PostgreSQL keeps for the statement.
     * <p>
     * Left to choose, PostgreSQL plans this statement afresh at every call (about 0.4 ms, twice the
     * cost of running it), while its kept plan is the same index lookups whatever the parameters:
     * so it is told to keep its plans for the rest of the transaction, in the same round trip.
     */
    public List<PendingFootprint> footprintsThatMayCompete(long draftId, List<PlacedFootprint> candidate) {
        Connection c = connection();
        try (PreparedStatement s = c.prepareStatement("""
                SET LOCAL plan_cache_mode = force_generic_plan;
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
                          OR (f.effect = 'WHOLE' AND c.effect IN ('WORDS', 'INSERTS_BEFORE', 'INSERTS_AFTER', 'WHOLE')))
                  UNION ALL
                  -- words (changed, or quoted by an insertion) that touch the candidate's words (all of them, for a rewrite)
                  SELECT f.number, f.parent_number, f.paragraph_id, f.effect, f.start_at, f.end_at, true
                    FROM amendment_footprint f
                   WHERE c.effect IN ('WORDS', 'INSERTS_BEFORE', 'INSERTS_AFTER', 'WHOLE') AND f.draft_id = ?
                     AND f.paragraph_id = c.paragraph_id AND f.text_fingerprint = c.fingerprint
                     AND f.reach && CASE WHEN c.effect = 'WHOLE' THEN '(,)' ELSE int4range(c.start_at, c.end_at, '[]') END
                  OFFSET 0) AS x
                 ORDER BY 1""")) {
            int n = bindFootprints(c, s, 0, candidate);
            for (int i = 0; i < 5; i++) {
                s.setLong(++n, draftId);
            }
            List<PendingFootprint> out = new ArrayList<>();
            s.execute();
            s.getMoreResults();
            try (ResultSet rs = s.getResultSet()) {
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

    /** The footprints of every pending amendment of the draft, as stored (one query). */
    public List<StoredFootprint> pendingFootprints(long draftId) {
        try (PreparedStatement s = connection().prepareStatement("""
                SELECT number, parent_number, paragraph_id, effect, start_at, end_at, text_fingerprint
                  FROM amendment_footprint WHERE draft_id = ?""")) {
            s.setLong(1, draftId);
            List<StoredFootprint> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Footprint f = new Footprint(new ParagraphId(rs.getString(3)), Footprint.Effect.valueOf(rs.getString(4)),
                            rs.getInt(5), rs.getInt(6));
                    out.add(new StoredFootprint(rs.getInt(1), (Integer) rs.getObject(2), new PlacedFootprint(f, rs.getLong(7))));
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
