package org.draftroom.audit;

import org.draftroom.audit.chain.AuditEntry;
import org.draftroom.platform.database.Sql;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The export as a stream of bytes, read by the HTTP layer as it sends. It is read in pages of
 * {@value #PAGE} entries, each after the last entry of the one before (by {@code seq}): a
 * pooled connection is borrowed for one page and given back at once, so a client that reads
 * slowly, or not at all, holds no database connection while the server waits on it, and memory
 * stays flat however many entries there are. The trail is append-only and sealed in {@code seq}
 * order, so the pages join without gaps or repeats.
 */
final class ExportStream extends InputStream {
    static final int PAGE = 500;
    private static final int CHUNK = 64 * 1024;
    private final DataSource pool;
    private final ExportFormat format;
    private final StringBuilder text = new StringBuilder(CHUNK + 4096);
    private AuditFilter filter;
    private boolean done;
    private byte[] chunk = new byte[0];
    private int position;

    private ExportStream(DataSource pool, AuditFilter filter, ExportFormat format) {
        this.pool = pool;
        this.filter = filter;
        this.format = format;
    }

    /** Reads the first page now, so that a failure is an error response rather than a cut stream. */
    static ExportStream open(DataSource pool, AuditFilter filter, ExportFormat format) {
        ExportStream stream = new ExportStream(pool, filter, format);
        format.header(stream.text);
        try {
            stream.readPage();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not start the audit export: " + e.getMessage(), e);
        }
        return stream;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= chunk.length && !fill()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    private boolean fill() throws IOException {
        try {
            while (!done && text.length() < CHUNK) {
                readPage();
            }
        } catch (IllegalStateException e) {
            done = true;
            throw new IOException("The audit export failed: " + e.getMessage(), e);
        }
        if (text.length() == 0) {
            return false;
        }
        chunk = text.toString().getBytes(StandardCharsets.UTF_8);
        position = 0;
        text.setLength(0);
        return true;
    }

    /** One page, on a connection held only while it is read. */
    private void readPage() {
        long[] readAndLast = {0, 0};
        Sql.borrowing(pool, sql -> {
            sql.stream(PAGE, AuditRows.select(filter, PAGE), rows -> {
                AuditEntry entry = AuditRows.read(rows);
                format.line(text, entry);
                readAndLast[0]++;
                readAndLast[1] = entry.seq();
            }, filter.sql().parameters().toArray());
            return null;
        });
        if (readAndLast[0] < PAGE) {
            done = true;
        } else {
            filter = filter.after(readAndLast[1]);
        }
    }

    @Override
    public void close() {
        done = true;
    }
}
