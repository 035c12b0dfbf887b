package org.draftroom.audit;

import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.audit.chain.EntryHasher;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void plain_values_are_written_as_they_are_and_null_as_nothing() {
        assertThat(Csv.field("Belarus")).isEqualTo("Belarus");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_with_quotes_doubled() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(Csv.field("cr\rlf")).isEqualTo("\"cr\rlf\"");
        assertThat(Csv.field(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void values_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe() {
        assertThat(Csv.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void an_exported_line_has_every_column_in_the_header_order() {
        AuditEntry entry = new AuditEntry(9, Instant.parse("2025-10-14T09:30:00Z"), "=evil", "DELEGATE", "PER", 3L,
                "cosponsorship.joined", "{\"note\":\"a,b\"}", null, "0".repeat(64), "f".repeat(64));
        StringBuilder out = new StringBuilder();
        ExportFormat.CSV.header(out);
        ExportFormat.CSV.line(out, entry);
        assertThat(out.toString()).isEqualTo(
                "seq,occurred_at,username,role,member_state,draft_id,event_type,payload,request_id,prev_hash,hash\r\n"
                        + "9,2025-10-14T09:30:00.000000Z,'=evil,DELEGATE,PER,3,cosponsorship.joined,\"{\"\"note\"\":\"\"a,b\"\"}\",,"
                        + "0".repeat(64) + "," + "f".repeat(64) + "\r\n");
        assertThat(EntryHasher.timestamp(entry.occurredAt())).isEqualTo("2025-10-14T09:30:00.000000Z");
    }
}
