package org.draftroom.agreedlanguage.store;

import org.draftroom.draft.model.Stage;
import jakarta.inject.Singleton;
import org.draftroom.agreedlanguage.model.AdoptedText;
import org.draftroom.agreedlanguage.model.SourceParagraph;
import org.draftroom.document.model.Document;
import org.draftroom.draft.store.DocumentJson;
import org.draftroom.platform.database.Sql;

import java.sql.Date;
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
    private final Sql sql;

    LibraryStore(Sql sql) {
        this.sql = sql;
    }

    /** An adopted draft's text not yet in the library (or in it at an older version). */
    public record PendingText(long draftId, int version, Document document) {
    }

    /** A library paragraph found by a search, with its similarity to the words searched for. */
    public record Found(SourceParagraph paragraph, double similarity) {
    }

    /** The adopted drafts (and imported A/RES texts) whose current version the library does not hold yet. */
    public List<PendingText> pending() {
        return sql.list("""
                SELECT d.id, d.current_version, v.document::text
                  FROM draft d JOIN draft_version v ON v.draft_id = d.id AND v.number = d.current_version
                 WHERE d.stage = ?
                   AND NOT EXISTS (SELECT 1 FROM library_text t WHERE t.draft_id = d.id AND t.version_number = d.current_version)
                 ORDER BY d.id""", rs -> new PendingText(rs.getLong(1), rs.getInt(2), DocumentJson.read(rs.getString(3))),
                Stage.ADOPTED.name());
    }

    /** Servers that find the same texts to index take turns (until the transaction ends). */
    public void lockIndexing() {
        sql.execute("SELECT pg_advisory_xact_lock(hashtext('library-indexing'))");
    }

    /** Puts a text in the library, replacing the copy of an earlier version of the same draft. */
    public long put(Long draftId, Integer version, AdoptedText text) {
        if (draftId != null) {
            sql.update("DELETE FROM library_band WHERE draft_id = ?", draftId);
            sql.update("DELETE FROM library_text WHERE draft_id = ?", draftId);
        }
        long id = sql.single("""
                INSERT INTO library_text (draft_id, version_number, symbol, resolution_number, session, title, adopted_on)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", rs -> rs.getLong(1),
                Sql.typed(draftId, Types.BIGINT), Sql.typed(version, Types.INTEGER), text.symbol(), text.resolution(),
                Sql.typed(text.session(), Types.INTEGER), text.title(),
                Sql.typed(text.adoptedOn() == null ? null : Date.valueOf(text.adoptedOn()), Types.DATE));
        List<Object[]> paragraphs = new ArrayList<>();
        for (AdoptedText.Entry p : text.paragraphs()) {
            paragraphs.add(new Object[] {id, p.position(), p.label(), p.text(), p.wordsKey(), Sql.typed(draftId, Types.BIGINT), p.bands()});
        }
        sql.batch("""
                WITH p AS (INSERT INTO library_paragraph (text_id, position, label, full_text, words_key)
                           VALUES (?, ?, ?, ?, ?) RETURNING id)
                INSERT INTO library_band (band, paragraph_id, draft_id) SELECT b, p.id, ? FROM p, unnest(?::bigint[]) b""", paragraphs);
        return id;
    }

    /** Library paragraphs with the given words' keys, by key; those of {@code excludeDraft} left out. */
    public Map<Long, List<SourceParagraph>> withWords(long[] keys, Long excludeDraft) {
        Map<Long, List<SourceParagraph>> out = new HashMap<>();
        sql.each("""
                SELECT p.words_key, t.symbol, t.resolution_number, t.session, p.label, p.full_text
                  FROM library_paragraph p JOIN library_text t ON t.id = p.text_id
                 WHERE p.words_key = ANY (?) AND t.draft_id IS DISTINCT FROM ?""",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(source(rs, 2)),
                keys, excludeDraft == null ? NO_DRAFT : excludeDraft);
        return out;
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
        List<Integer> ords = new ArrayList<>();
        List<Long> bands = new ArrayList<>();
        for (int i = 0; i < sketches.size(); i++) {
            for (long b : sketches.get(i)) {
                ords.add(i + 1);
                bands.add(b);
            }
        }
        sql.each("""
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
                 WHERE r.rank <= ?""", rs -> out.get(rs.getInt(1) - 1).add(source(rs, 2)),
                ords.toArray(Integer[]::new), bands.toArray(Long[]::new), excludeDraft == null ? NO_DRAFT : excludeDraft, perParagraph);
        return out;
    }

    /** Library paragraphs holding words like {@code words} (trigram word similarity), best first. */
    public List<Found> search(String words, int limit) {
        return sql.list("""
                SELECT t.symbol, t.resolution_number, t.session, p.label, p.full_text, word_similarity(?, p.full_text)
                  FROM library_paragraph p JOIN library_text t ON t.id = p.text_id
                 WHERE ? <% p.full_text
                 ORDER BY 6 DESC, t.session DESC NULLS LAST, p.id
                 LIMIT ?""", rs -> new Found(source(rs, 1), rs.getDouble(6)), words, words, limit);
    }

    /** How many texts and paragraphs the library holds. */
    public long[] size() {
        return sql.single("SELECT (SELECT count(*) FROM library_text), (SELECT count(*) FROM library_paragraph)",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private static SourceParagraph source(ResultSet rs, int from) throws SQLException {
        return new SourceParagraph(rs.getString(from), rs.getString(from + 1), (Integer) rs.getObject(from + 2),
                rs.getString(from + 3), rs.getString(from + 4));
    }
}
