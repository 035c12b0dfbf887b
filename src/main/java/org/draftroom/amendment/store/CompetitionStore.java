package org.draftroom.amendment.store;

import jakarta.inject.Singleton;
import org.draftroom.amendment.model.Amendment;
import org.draftroom.amendment.model.Footprint;
import org.draftroom.amendment.model.PlacedFootprint;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.platform.database.Sql;

import java.util.Arrays;
import java.util.List;

/**
 * The stored footprints of pending amendments in PostgreSQL, in the caller's transaction, from
 * which competition between them is found. Every method is one round trip. The footprints of a
 * new amendment are written with it ({@link AmendmentStore#insert}); a trigger forgets them once
 * it is no longer pending.
 */
@Singleton
public class CompetitionStore {
    private final Sql sql;

    CompetitionStore(Sql sql) {
        this.sql = sql;
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
        return sql.list("""
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
                 ORDER BY 1""",
                rs -> new PendingFootprint(rs.getInt(1), (Integer) rs.getObject(2),
                        new Footprint(new ParagraphId(rs.getString(3)), Footprint.Effect.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6)),
                        rs.getBoolean(7)),
                withFootprints(new Object[0], candidate, draftId, draftId, draftId, draftId, draftId));
    }

    /** Replaces the footprints of a pending amendment. */
    public void replaceFootprints(Amendment a, List<PlacedFootprint> footprints) {
        sql.update("""
                WITH gone AS (DELETE FROM amendment_footprint WHERE amendment_id = ?)
                INSERT INTO amendment_footprint (amendment_id, draft_id, number, parent_number, paragraph_id, effect,
                                                 start_at, end_at, text_fingerprint)
                SELECT ?, ?, ?, ?, f.paragraph_id, f.effect, f.start_at, f.end_at, f.fingerprint
                  FROM unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::bigint[])
                       AS f(paragraph_id, effect, start_at, end_at, fingerprint)""",
                withFootprints(new Object[] {a.id(), a.id(), a.draftId(), a.number(), AmendmentStore.integer(a.parentNumber())}, footprints));
    }

    /** {@code before}, then the footprints as five arrays (paragraphs, effects, starts, ends, fingerprints), then {@code after}. */
    static Object[] withFootprints(Object[] before, List<PlacedFootprint> footprints, Object... after) {
        Object[] values = Arrays.copyOf(before, before.length + 5 + after.length);
        int n = before.length;
        values[n++] = footprints.stream().map(f -> f.footprint().paragraph().value()).toArray(String[]::new);
        values[n++] = footprints.stream().map(f -> f.footprint().effect().name()).toArray(String[]::new);
        values[n++] = footprints.stream().map(f -> f.footprint().start()).toArray(Integer[]::new);
        values[n++] = footprints.stream().map(f -> f.footprint().end()).toArray(Integer[]::new);
        values[n++] = footprints.stream().map(PlacedFootprint::textFingerprint).toArray(Long[]::new);
        System.arraycopy(after, 0, values, n, after.length);
        return values;
    }

    /** The footprints of every pending amendment of the draft, as stored (one query). */
    public List<StoredFootprint> pendingFootprints(long draftId) {
        return sql.list("""
                SELECT number, parent_number, paragraph_id, effect, start_at, end_at, text_fingerprint
                  FROM amendment_footprint WHERE draft_id = ?""",
                rs -> new StoredFootprint(rs.getInt(1), (Integer) rs.getObject(2), new PlacedFootprint(
                        new Footprint(new ParagraphId(rs.getString(3)), Footprint.Effect.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6)),
                        rs.getLong(7))), draftId);
    }
}
