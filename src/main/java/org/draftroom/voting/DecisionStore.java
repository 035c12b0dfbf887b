package org.draftroom.voting;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decisions and their ballots in PostgreSQL, in the caller's transaction. */
@Singleton
public class DecisionStore {
    private final TransactionOperations<Connection> transactions;

    DecisionStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** What was decided, as stored. */
    public record StoredDecision(long id, long draftId, String subjectType, String subjectRef, Decision decision,
                                 String recordedBy, OffsetDateTime recordedAt) {
    }

    /** Stores a decision, and its ballots when it was a recorded vote; answers its id. */
    public long record(long draftId, String subjectType, String subjectRef, Decision decision, RecordedVote vote, String by) {
        Connection c = transactions.getConnection();
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO recorded_decision (draft_id, subject_type, subject_ref, method, adopted, yes, no, abstain, absent, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setLong(1, draftId);
            insert.setString(2, subjectType);
            insert.setString(3, subjectRef);
            insert.setString(4, decision.method().name());
            insert.setBoolean(5, decision.adopted());
            Tally t = decision.tally();
            for (int i = 0; i < 4; i++) {
                if (t == null) {
                    insert.setNull(6 + i, Types.INTEGER);
                } else {
                    insert.setInt(6 + i, new int[]{t.yes(), t.no(), t.abstain(), t.absent()}[i]);
                }
            }
            insert.setString(10, by);
            long id;
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            if (vote != null && !vote.ballots().isEmpty()) {
                try (PreparedStatement ballots = c.prepareStatement("""
                        INSERT INTO recorded_ballot (decision_id, member_state, ballot)
                        SELECT ?, unnest(?::text[]), unnest(?::text[])""")) {
                    ballots.setLong(1, id);
                    ballots.setArray(2, c.createArrayOf("text", vote.ballots().keySet().toArray()));
                    ballots.setArray(3, c.createArrayOf("text", vote.ballots().values().stream().map(Enum::name).toArray()));
                    ballots.executeUpdate();
                }
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the decision: " + e.getMessage(), e);
        }
    }

    /** All decisions on a draft, oldest first (one query). */
    public List<StoredDecision> forDraft(long draftId) {
        try (PreparedStatement query = transactions.getConnection().prepareStatement("""
                SELECT id, subject_type, subject_ref, method, adopted, yes, no, abstain, absent, recorded_by, recorded_at
                  FROM recorded_decision WHERE draft_id = ? ORDER BY id""")) {
            query.setLong(1, draftId);
            List<StoredDecision> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    VotingMethod method = VotingMethod.valueOf(rs.getString(4));
                    Tally tally = method == VotingMethod.RECORDED_VOTE
                            ? new Tally(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)) : null;
                    out.add(new StoredDecision(rs.getLong(1), draftId, rs.getString(2), rs.getString(3),
                            new Decision(method, rs.getBoolean(5), tally), rs.getString(10), rs.getObject(11, OffsetDateTime.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read decisions of draft " + draftId + ": " + e.getMessage(), e);
        }
    }

    /** The ballots of every recorded vote on a draft, by decision id and State code (one query). */
    public Map<Long, Map<String, Ballot>> ballotsOfDraft(long draftId) {
        try (PreparedStatement query = transactions.getConnection().prepareStatement("""
                SELECT b.decision_id, b.member_state, b.ballot FROM recorded_ballot b
                  JOIN recorded_decision d ON d.id = b.decision_id WHERE d.draft_id = ? ORDER BY b.decision_id, b.member_state""")) {
            query.setLong(1, draftId);
            Map<Long, Map<String, Ballot>> out = new java.util.LinkedHashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>())
                            .put(rs.getString(2).trim(), Ballot.valueOf(rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read ballots of draft " + draftId + ": " + e.getMessage(), e);
        }
    }

    /** The ballots of one recorded vote, by State code. */
    public Map<String, Ballot> ballots(long decisionId) {
        try (PreparedStatement query = transactions.getConnection().prepareStatement(
                "SELECT member_state, ballot FROM recorded_ballot WHERE decision_id = ? ORDER BY member_state")) {
            query.setLong(1, decisionId);
            Map<String, Ballot> out = new java.util.TreeMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1).trim(), Ballot.valueOf(rs.getString(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read ballots: " + e.getMessage(), e);
        }
    }
}
