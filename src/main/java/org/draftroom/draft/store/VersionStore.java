package org.draftroom.draft.store;

import jakarta.inject.Singleton;
import org.draftroom.document.model.Document;
import org.draftroom.platform.database.Sql;
import org.draftroom.shared.Refusal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The immutable versions of drafts; one query reads a whole version. */
@Singleton
public class VersionStore {
    private final Sql sql;
    private final DraftStore drafts;

    VersionStore(Sql sql, DraftStore drafts) {
        this.sql = sql;
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
        int number = sql.single("""
                INSERT INTO draft_version (draft_id, number, label, kind, document, created_by)
                VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM draft_version WHERE draft_id = ?), ?, ?, ?::jsonb, ?)
                RETURNING number""", rs -> rs.getInt(1), draftId, draftId, label, kind.name(), DocumentJson.write(document), createdBy);
        drafts.setCurrentVersion(draftId, number);
        return number;
    }

    public Optional<StoredVersion> find(long draftId, int number) {
        return sql.one("""
                SELECT number, label, kind, document::text, created_by, created_at
                  FROM draft_version WHERE draft_id = ? AND number = ?""", rs -> version(draftId, rs), draftId, number);
    }

    /** Versions {@code from} to {@code to} (both included), oldest first, in one query. */
    public List<StoredVersion> range(long draftId, int from, int to) {
        return sql.list("""
                SELECT number, label, kind, document::text, created_by, created_at
                  FROM draft_version WHERE draft_id = ? AND number BETWEEN ? AND ? ORDER BY number""",
                rs -> version(draftId, rs), draftId, from, to);
    }

    private static StoredVersion version(long draftId, ResultSet rs) throws SQLException {
        return new StoredVersion(draftId, rs.getInt(1), rs.getString(2), VersionKind.valueOf(rs.getString(3)),
                DocumentJson.read(rs.getString(4)), rs.getString(5), rs.getObject(6, OffsetDateTime.class));
    }

    public StoredVersion require(long draftId, int number) {
        return find(draftId, number).orElseThrow(() -> Refusal.notFound("Version", number + " of draft " + draftId));
    }

    public List<VersionSummary> list(long draftId) {
        return sql.list("""
                SELECT number, label, kind, created_by, created_at FROM draft_version WHERE draft_id = ? ORDER BY number""",
                rs -> new VersionSummary(rs.getInt(1), rs.getString(2), VersionKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class)), draftId);
    }

    /**
     * Each version's number, when it was made, and whether another version of the draft bears the same date in
     * its head (one query).
     */
    public record VersionDating(int number, OffsetDateTime createdAt, boolean sharesItsDate) {
    }

    public List<VersionDating> dating(long draftId) {
        return sql.list("""
                SELECT number, created_at,
                       count(*) OVER (PARTITION BY (document -> 'metadata' -> 'date')) > 1
                  FROM draft_version WHERE draft_id = ? ORDER BY number""",
                rs -> new VersionDating(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getBoolean(3)), draftId);
    }
}
