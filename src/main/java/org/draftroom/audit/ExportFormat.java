package org.draftroom.audit;

import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.CanonicalJson;
import org.draftroom.audit.chain.EntryHasher;

/**
 * How exported entries are written, line by line. JSON Lines carry every field exactly as
 * stored (the payload as its JSON), so that anyone can recompute the hashes ({@link EntryHasher});
 * CSV is for spreadsheets, with formula injection neutralised ({@link Csv}).
 */
enum ExportFormat {
    CSV("text/csv", "csv") {
        @Override
        void header(StringBuilder out) {
            out.append("seq,occurred_at,username,role,member_state,draft_id,event_type,payload,request_id,prev_hash,hash\r\n");
        }

        @Override
        void line(StringBuilder out, AuditEntry e) {
            out.append(e.seq()).append(',');
            EntryHasher.timestamp(out, e.occurredAt());
            out.append(',');
            Csv.field(out, e.username()).append(',');
            Csv.field(out, e.role()).append(',');
            Csv.field(out, e.memberState()).append(',');
            out.append(e.draftId() == null ? "" : e.draftId().toString()).append(',');
            Csv.field(out, e.type()).append(',');
            Csv.field(out, e.payload()).append(',');
            Csv.field(out, e.requestId()).append(',');
            out.append(e.prevHash()).append(',').append(e.hash()).append("\r\n");
        }
    },
    JSON_LINES("application/x-ndjson", "jsonl") {
        @Override
        void header(StringBuilder out) {
        }

        @Override
        void line(StringBuilder out, AuditEntry e) {
            out.append("{\"seq\":").append(e.seq()).append(",\"occurredAt\":\"");
            EntryHasher.timestamp(out, e.occurredAt());
            out.append("\",\"username\":");
            CanonicalJson.string(out, e.username());
            out.append(",\"role\":");
            CanonicalJson.nullableString(out, e.role());
            out.append(",\"memberState\":");
            CanonicalJson.nullableString(out, e.memberState());
            out.append(",\"draftId\":").append(e.draftId() == null ? "null" : e.draftId().toString());
            out.append(",\"type\":");
            CanonicalJson.string(out, e.type());
            out.append(",\"payload\":").append(e.payload());
            out.append(",\"requestId\":");
            CanonicalJson.nullableString(out, e.requestId());
            out.append(",\"prevHash\":\"").append(e.prevHash()).append("\",\"hash\":\"").append(e.hash()).append("\"}\n");
        }
    };

    final String mediaType;
    final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    abstract void header(StringBuilder out);

    abstract void line(StringBuilder out, AuditEntry entry);
}
