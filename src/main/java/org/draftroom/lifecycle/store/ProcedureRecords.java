package org.draftroom.lifecycle.store;

import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the secretariat records on a draft: symbols, PBI statements, explanations of vote, report, meetings. */
@Singleton
public class ProcedureRecords {
    private final Sql sql;

    ProcedureRecords(Sql sql) {
        this.sql = sql;
    }

    public record SymbolIssued(String symbol, String kind, LocalDate issuedOn, int versionNumber, String jobNumber) {
    }

    public record PbiStatement(long id, String symbol, List<String> paragraphs, String statement, OffsetDateTime recordedAt) {
    }

    public record VoteExplanation(long id, String memberState, String timing, String text) {
    }

    /** @param paragraph null when the report's heading prints none */
    public record ReportEntry(String reportSymbol, Integer paragraph, String recommendation) {
    }

    /** @param decisionText the text of a plenary decision under its number, null for anything else */
    public record MeetingDecision(long decisionId, String meeting, LocalDate decidedOn, String resolutionNumber, String decisionText) {
        public MeetingDecision(long decisionId, String meeting, LocalDate decidedOn, String resolutionNumber) {
            this(decisionId, meeting, decidedOn, resolutionNumber, null);
        }
    }

    /** The draft that holds a resolution or decision number ("80/186"), with the symbol it bears. */
    public record NumberHolder(long draftId, String symbol) {
    }

    public void symbolIssued(long draftId, SymbolIssued s, String by) {
        sql.update("INSERT INTO draft_symbol (draft_id, symbol, kind, issued_on, version_number, job_number, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", draftId, s.symbol(), s.kind(), s.issuedOn(), s.versionNumber(), s.jobNumber(), by);
    }

    public List<SymbolIssued> symbols(long draftId) {
        return sql.list("SELECT symbol, kind, issued_on, version_number, job_number FROM draft_symbol WHERE draft_id = ?"
                        + " ORDER BY recorded_at, symbol",
                rs -> new SymbolIssued(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                        rs.getString(5)), draftId);
    }

    public void pbi(long draftId, String symbol, List<String> paragraphs, String statement, String by) {
        sql.update("INSERT INTO pbi_statement (draft_id, symbol, paragraphs, statement, recorded_by) VALUES (?, ?, ?, ?, ?)",
                draftId, symbol, paragraphs, statement, by);
    }

    public List<PbiStatement> pbis(long draftId) {
        return sql.list("SELECT id, symbol, paragraphs, statement, recorded_at FROM pbi_statement WHERE draft_id = ? ORDER BY id",
                rs -> new PbiStatement(rs.getLong(1), rs.getString(2), strings(rs.getArray(3)), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)), draftId);
    }

    public void explanation(long draftId, String memberState, String timing, String text, String by) {
        sql.update("INSERT INTO vote_explanation (draft_id, member_state, timing, text, recorded_by) VALUES (?, ?, ?, ?, ?)",
                draftId, memberState, timing, text, by);
    }

    public List<VoteExplanation> explanations(long draftId) {
        return sql.list("SELECT id, member_state, timing, text FROM vote_explanation WHERE draft_id = ? ORDER BY id",
                rs -> new VoteExplanation(rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4)), draftId);
    }

    public void report(long draftId, ReportEntry entry, LocalDate issuedOn, String by) {
        sql.update("""
                INSERT INTO committee_report_entry (draft_id, report_symbol, paragraph, recommendation, issued_on, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?)""", draftId, entry.reportSymbol(), entry.paragraph(), entry.recommendation(), issuedOn, by);
    }

    /** Who holds the number in the session: a recorded plenary decision, or an imported resolution's symbol. */
    public Optional<NumberHolder> holderOf(String number) {
        return sql.one("""
                SELECT d.id, d.symbol FROM meeting_decision m JOIN draft d ON d.id = m.draft_id WHERE m.resolution_number = ?
                UNION ALL
                SELECT d.id, d.symbol FROM draft d WHERE d.symbol = 'A/RES/' || ? OR d.symbol = 'A/DEC/' || ?
                LIMIT 1""", rs -> new NumberHolder(rs.getLong(1), rs.getString(2)), number, number, number);
    }

    /** Records the day the final text was issued. */
    public void issued(long draftId, LocalDate on) {
        sql.update("UPDATE meeting_decision SET issued_on = ? WHERE draft_id = ? AND resolution_number IS NOT NULL", on, draftId);
    }

    public Optional<ReportEntry> report(long draftId) {
        return sql.one("SELECT report_symbol, paragraph, recommendation FROM committee_report_entry WHERE draft_id = ?",
                rs -> new ReportEntry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)), draftId);
    }

    public void meeting(long draftId, MeetingDecision m) {
        sql.update("INSERT INTO meeting_decision (decision_id, draft_id, meeting, decided_on, resolution_number, decision_text)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                m.decisionId(), draftId, m.meeting(), m.decidedOn(), m.resolutionNumber(), m.decisionText());
    }

    public List<MeetingDecision> meetings(long draftId) {
        return sql.list("SELECT decision_id, meeting, decided_on, resolution_number, decision_text FROM meeting_decision"
                        + " WHERE draft_id = ? ORDER BY decision_id",
                rs -> new MeetingDecision(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getString(5)), draftId);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }
}
