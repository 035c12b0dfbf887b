package org.draftroom.agreedlanguage.store;

import org.draftroom.draft.model.Stage;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.AdoptedText;
import org.draftroom.agreedlanguage.model.SourceParagraph;
import org.draftroom.document.model.Document;
import org.draftroom.draft.store.DocumentJson;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The library of adopted texts, indexed per paragraph (migrations/V103). */
@Singleton
public class LibraryStore {
    /** No draft has this id: excluding it excludes nothing (a null would exclude every text loaded without a draft). */
    private static final long NO_DRAFT = -1;
    private final TransactionOperations<Connection> transactions;

    LibraryStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** An adopted draft's text not yet in the library (or in it at an older version). */
    public record PendingText(long draftId, int version, Document document) {
    }

    /** A library paragraph found by a search, with its similarity to the words searched for. */
    public record Found(SourceParagraph paragraph, double similarity) {
    }

    /** The adopted drafts (and imported A/RES texts) whose current version the library does not hold yet. */
    public List<PendingText> pending() {
        try (PreparedStatement query = connection().prepareStatement("""
                SELECT d.id, d.current_version, v.document::text
                  FROM draft d JOIN draft_version v ON v.draft_id = d.id AND v.number = d.current_version
                 WHERE d.stage = ?
                   AND NOT EXISTS (SELECT 1 FROM library_text t WHERE t.draft_id = d.id AND t.version_number = d.current_version)
                 ORDER BY d.id""")) {
            query.setString(1, Stage.ADOPTED.name());
            List<PendingText> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.add(new PendingText(rs.getLong(1), rs.getInt(2), DocumentJson.read(rs.getString(3))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the adopted texts to index: " + e.getMessage(), e);
        }
    }

    /** Servers that find the same texts to index take turns (until the transaction ends). */
    public void lockIndexing() {
        try (PreparedStatement lock = connection().prepareStatement("SELECT pg_advisory_xact_lock(hashtext('library-indexing'))")) {
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock the library: " + e.getMessage(), e);
        }
    }

    /** Puts a text in the library, replacing the copy of an earlier version of the same draft. */
    public long put(Long draftId, Integer version, AdoptedText text) {
        Connection c = connection();
        try {
            if (draftId != null) {
                try (PreparedStatement bands = c.prepareStatement("DELETE FROM library_band WHERE draft_id = ?");
                     PreparedStatement delete = c.prepareStatement("DELETE FROM library_text WHERE draft_id = ?")) {
                    bands.setLong(1, draftId);
                    bands.executeUpdate();
                    delete.setLong(1, draftId);
                    delete.executeUpdate();
                }
            }
            long id;
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO library_text (draft_id, version_number, symbol, resolution_number, session, title, adopted_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setObject(1, draftId, Types.BIGINT);
                insert.setObject(2, version, Types.INTEGER);
                insert.setString(3, text.symbol());
                insert.setString(4, text.resolution());
                insert.setObject(5, text.session(), Types.INTEGER);
                insert.setString(6, text.title());
                insert.setObject(7, text.adoptedOn() == null ? null : Date.valueOf(text.adoptedOn()), Types.DATE);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    WITH p AS (INSERT INTO library_paragraph (text_id, position, label, full_text, words_key)
                               VALUES (?, ?, ?, ?, ?) RETURNING id)
                    INSERT INTO library_band (band, paragraph_id, draft_id) SELECT b, p.id, ? FROM p, unnest(?::bigint[]) b""")) {
                for (AdoptedText.Entry p : text.paragraphs()) {
                    insert.setLong(1, id);
                    insert.setInt(2, p.position());
                    insert.setString(3, p.label());
                    insert.setString(4, p.text());
                    insert.setLong(5, p.wordsKey());
                    insert.setObject(6, draftId, Types.BIGINT);
                    insert.setArray(7, bigints(c, p.bands()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot put " + text.symbol() + " in the library: " + e.getMessage(), e);
        }
    }

    /** Library paragraphs with the given words' keys, by key; those of {@code excludeDraft} left out. */
    public Map<Long, List<SourceParagraph>> withWords(long[] keys, Long excludeDraft) {
        Connection c = connection();
        try (PreparedStatement query = c.prepareStatement("""
                SELECT p.words_key, t.symbol, t.resolution_number, t.session, p.label, p.full_text
                  FROM library_paragraph p JOIN library_text t ON t.id = p.text_id
                 WHERE p.words_key = ANY (?) AND t.draft_id IS DISTINCT FROM ?""")) {
            query.setArray(1, bigints(c, keys));
            query.setLong(2, excludeDraft == null ? NO_DRAFT : excludeDraft);
            Map<Long, List<SourceParagraph>> out = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(source(rs, 2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up verbatim paragraphs: " + e.getMessage(), e);
        }
    }

    /**
     * For each sketch (one per paragraph, in order), the library paragraphs sharing the most bands
     * with it, at most {@code perParagraph}; one query for all of them.
     */
    public List<List<SourceParagraph>> nearest(List<long[]> sketches, Long excludeDraft, int perParagraph) {
        List<List<SourceParagraph>> out = new ArrayList<>();
        for (int i = 0; i < sketches.size(); i++) {
            out.add(new ArrayList<>());
        }
        if (sketches.isEmpty()) {
            return out;
        }
        Connection c = connection();
        List<Integer> ords = new ArrayList<>();
        List<Long> bands = new ArrayList<>();
        for (int i = 0; i < sketches.size(); i++) {
            for (long b : sketches.get(i)) {
                ords.add(i + 1);
                bands.add(b);
            }
        }
        try (PreparedStatement query = c.prepareStatement("""
                WITH q (ord, band) AS (SELECT * FROM unnest(?::int[], ?::bigint[])),
                     hits AS (SELECT q.ord, b.paragraph_id, count(*) AS shared
                                FROM q JOIN library_band b ON b.band = q.band
                               WHERE b.draft_id IS DISTINCT FROM ?
                               GROUP BY q.ord, b.paragraph_id),
                     ranked AS (SELECT ord, paragraph_id,
                                       row_number() OVER (PARTITION BY ord ORDER BY shared DESC, paragraph_id) AS rank
                                  FROM hits)
                SELECT r.ord, t.symbol, t.resolution_number, t.session, p.label, p.full_text
                  FROM ranked r JOIN library_paragraph p ON p.id = r.paragraph_id JOIN library_text t ON t.id = p.text_id
                 WHERE r.rank <= ?""")) {
            query.setArray(1, c.createArrayOf("integer", ords.toArray()));
            query.setArray(2, c.createArrayOf("bigint", bands.toArray()));
            query.setLong(3, excludeDraft == null ? NO_DRAFT : excludeDraft);
            query.setInt(4, perParagraph);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.get(rs.getInt(1) - 1).add(source(rs, 2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up near paragraphs: " + e.getMessage(), e);
        }
    }

    /** Library paragraphs holding words like {@code words} (trigram word similarity), best first. */
    public List<Found> search(String words, int limit) {
        try (PreparedStatement query = connection().prepareStatement("""
                SELECT t.symbol, t.resolution_number, t.session, p.label, p.full_text, word_similarity(?, p.full_text)
                  FROM library_paragraph p JOIN library_text t ON t.id = p.text_id
                 WHERE ? <% p.full_text
                 ORDER BY 6 DESC, t.session DESC NULLS LAST, p.id
                 LIMIT ?""")) {
            query.setString(1, words);
            query.setString(2, words);
            query.setInt(3, limit);
            List<Found> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.add(new Found(source(rs, 1), rs.getDouble(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot search the library: " + e.getMessage(), e);
        }
    }

    /** How many texts and paragraphs the library holds. */
    public long[] size() {
        try (PreparedStatement query = connection().prepareStatement(
                "SELECT (SELECT count(*) FROM library_text), (SELECT count(*) FROM library_paragraph)");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the library: " + e.getMessage(), e);
        }
    }

    private static SourceParagraph source(ResultSet rs, int from) throws SQLException {
        return new SourceParagraph(rs.getString(from), rs.getString(from + 1), (Integer) rs.getObject(from + 2),
                rs.getString(from + 3), rs.getString(from + 4));
    }

    private static Array bigints(Connection c, long[] values) throws SQLException {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return c.createArrayOf("bigint", boxed);
    }

    private Connection connection() {
        return transactions.getConnection();
    }
}
