package org.draftroom.voting;

import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Decisions and their ballots in PostgreSQL, in the caller's transaction. */
@Singleton
public class DecisionStore {
    private final Sql sql;

    DecisionStore(Sql sql) {
        this.sql = sql;
    }

    /** What was decided, as stored. */
    public record StoredDecision(long id, long draftId, String subjectType, String subjectRef, Decision decision,
                                 String recordedBy, OffsetDateTime recordedAt) {
    }

    /** Stores a decision, and its ballots when it was a recorded vote; answers its id. */
    public long record(long draftId, String subjectType, String subjectRef, Decision decision, RecordedVote vote, String by) {
        Tally t = decision.tally();
        long id = sql.single("""
                INSERT INTO recorded_decision (draft_id, subject_type, subject_ref, method, adopted, yes, no, abstain, absent, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", rs -> rs.getLong(1),
                draftId, subjectType, subjectRef, decision.method().name(), decision.adopted(),
                count(t == null ? null : t.yes()), count(t == null ? null : t.no()), count(t == null ? null : t.abstain()),
                count(t == null ? null : t.absent()), by);
        if (vote != null && !vote.ballots().isEmpty()) {
            sql.update("""
                    INSERT INTO recorded_ballot (decision_id, member_state, ballot)
                    SELECT ?, unnest(?::text[]), unnest(?::text[])""", id, vote.ballots().keySet().toArray(String[]::new),
                    vote.ballots().values().stream().map(Enum::name).toArray(String[]::new));
        }
        return id;
    }

    private static Sql.Typed count(Integer votes) {
        return Sql.typed(votes, Types.INTEGER);
    }

    /** All decisions on a draft, oldest first (one query). */
    public List<StoredDecision> forDraft(long draftId) {
        return sql.list("""
                SELECT id, subject_type, subject_ref, method, adopted, yes, no, abstain, absent, recorded_by, recorded_at
                  FROM recorded_decision WHERE draft_id = ? ORDER BY id""", rs -> {
            VotingMethod method = VotingMethod.valueOf(rs.getString(4));
            Tally tally = method == VotingMethod.RECORDED_VOTE
                    ? new Tally(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)) : null;
            return new StoredDecision(rs.getLong(1), draftId, rs.getString(2), rs.getString(3),
                    new Decision(method, rs.getBoolean(5), tally), rs.getString(10), rs.getObject(11, OffsetDateTime.class));
        }, draftId);
    }

    /** The ballots of every recorded vote on a draft, by decision id and State code (one query). */
    public Map<Long, Map<String, Ballot>> ballotsOfDraft(long draftId) {
        Map<Long, Map<String, Ballot>> out = new java.util.LinkedHashMap<>();
        sql.each("""
                SELECT b.decision_id, b.member_state, b.ballot FROM recorded_ballot b
                  JOIN recorded_decision d ON d.id = b.decision_id WHERE d.draft_id = ? ORDER BY b.decision_id, b.member_state""",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>())
                        .put(rs.getString(2).trim(), Ballot.valueOf(rs.getString(3))), draftId);
        return out;
    }

    /** The ballots of one recorded vote, by State code. */
    public Map<String, Ballot> ballots(long decisionId) {
        Map<String, Ballot> out = new java.util.TreeMap<>();
        sql.each("SELECT member_state, ballot FROM recorded_ballot WHERE decision_id = ? ORDER BY member_state",
                rs -> out.put(rs.getString(1).trim(), Ballot.valueOf(rs.getString(2))), decisionId);
        return out;
    }
}
