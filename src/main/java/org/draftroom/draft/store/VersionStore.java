package org.draftroom.draft.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.shared.Refusal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The immutable versions of drafts; one query reads a whole version. */
@Singleton
public class VersionStore {
    private final TransactionOperations<Connection> transactions;
    private final DraftStore drafts;

    VersionStore(TransactionOperations<Connection> transactions, DraftStore drafts) {
        this.transactions = transactions;
        this.drafts = drafts;
    }

    /** A version listed without its text. */
    public record VersionSummary(int number, String label, VersionKind kind, String createdBy, OffsetDateTime createdAt) {
    }

    /**
     * Adds the next version of a draft and makes it current. The caller holds the draft's lock
     * ({@link DraftStore#lock}) so that two new versions cannot take the same number.
     */
    public int append(long draftId, String label, VersionKind kind, Document document, String createdBy) {
        try (PreparedStatement insert = transactions.getConnection().prepareStatement("""
                INSERT INTO draft_version (draft_id, number, label, kind, document, created_by)
                VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM draft_version WHERE draft_id = ?), ?, ?, ?::jsonb, ?)
                RETURNING number""")) {
            insert.setLong(1, draftId);
            insert.setLong(2, draftId);
            insert.setString(3, label);
            insert.setString(4, kind.name());
            insert.setString(5, DocumentJson.write(document));
            insert.setString(6, createdBy);
            int number;
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                number = rs.getInt(1);
            }
            drafts.setCurrentVersion(draftId, number);
            return number;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store a version of draft " + draftId + ": " + e.getMessage(), e);
        }
    }

    public Optional<StoredVersion> find(long draftId, int number) {
        try (PreparedStatement query = transactions.getConnection().prepareStatement("""
                SELECT number, label, kind, document::text, created_by, created_at
                  FROM draft_version WHERE draft_id = ? AND number = ?""")) {
            query.setLong(1, draftId);
            query.setInt(2, number);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredVersion(draftId, rs.getInt(1), rs.getString(2), VersionKind.valueOf(rs.getString(3)),
                        DocumentJson.read(rs.getString(4)), rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read version " + number + " of draft " + draftId + ": " + e.getMessage(), e);
        }
    }

    /** Versions {@code from} to {@code to} (both included), oldest first, in one query. */
    public List<StoredVersion> range(long draftId, int from, int to) {
        try (PreparedStatement query = transactions.getConnection().prepareStatement("""
                SELECT number, label, kind, document::text, created_by, created_at
                  FROM draft_version WHERE draft_id = ? AND number BETWEEN ? AND ? ORDER BY number""")) {
            query.setLong(1, draftId);
            query.setInt(2, from);
            query.setInt(3, to);
            List<StoredVersion> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredVersion(draftId, rs.getInt(1), rs.getString(2), VersionKind.valueOf(rs.getString(3)),
                            DocumentJson.read(rs.getString(4)), rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read versions " + from + "-" + to + " of draft " + draftId + ": " + e.getMessage(), e);
        }
    }

    public StoredVersion require(long draftId, int number) {
        return find(draftId, number).orElseThrow(() -> Refusal.notFound("Version", number + " of draft " + draftId));
    }

    public List<VersionSummary> list(long draftId) {
        try (PreparedStatement query = transactions.getConnection().prepareStatement("""
                SELECT number, label, kind, created_by, created_at FROM draft_version WHERE draft_id = ? ORDER BY number""")) {
            query.setLong(1, draftId);
            List<VersionSummary> versions = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    versions.add(new VersionSummary(rs.getInt(1), rs.getString(2), VersionKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class)));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list versions of draft " + draftId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Each version's number, when it was made, and whether another version of the draft bears the same date in
     * its head (one query).
     */
    public record VersionDating(int number, OffsetDateTime createdAt, boolean sharesItsDate) {
    }

    public List<VersionDating> dating(long draftId) {
        try (PreparedStatement query = transactions.getConnection().prepareStatement("""
                SELECT number, created_at,
                       count(*) OVER (PARTITION BY (document -> 'metadata' -> 'date')) > 1
                  FROM draft_version WHERE draft_id = ? ORDER BY number""")) {
            query.setLong(1, draftId);
            List<VersionDating> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.add(new VersionDating(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getBoolean(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compare the dates of versions of draft " + draftId + ": " + e.getMessage(), e);
        }
    }
}
