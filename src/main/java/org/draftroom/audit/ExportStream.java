package org.draftroom.audit;

import org.draftroom.audit.chain.AuditEntry;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The export as a stream of bytes, read by the HTTP layer as it sends: a server-side cursor
 * fetches {@value #FETCH_SIZE} rows at a time, so memory stays flat however many entries there
 * are. The stream holds its own connection from the moment it is opened until it is read to
 * the end or closed, and then gives it back.
 */
final class ExportStream extends InputStream {
    static final int FETCH_SIZE = 2000;
    private static final int CHUNK = 64 * 1024;
    private final ExportFormat format;
    private final StringBuilder text = new StringBuilder(CHUNK + 4096);
    private Connection connection;
    private PreparedStatement statement;
    private ResultSet rows;
    private byte[] chunk = new byte[0];
    private int position;

    private ExportStream(ExportFormat format) {
        this.format = format;
    }

    /** Opens the cursor now, so that a failure is an error response rather than a cut stream. */
    static ExportStream open(DataSource pool, AuditFilter filter, ExportFormat format) {
        ExportStream stream = new ExportStream(format);
        try {
            stream.connection = pool.getConnection();
            stream.connection.setAutoCommit(false);
            stream.connection.setReadOnly(true);
            stream.statement = AuditRows.select(stream.connection, filter, null, FETCH_SIZE);
            stream.rows = stream.statement.executeQuery();
        } catch (SQLException | RuntimeException e) {
            stream.close();
            throw new IllegalStateException("Could not start the audit export: " + e.getMessage(), e);
        }
        format.header(stream.text);
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
            while (rows != null && text.length() < CHUNK && rows.next()) {
                AuditEntry entry = AuditRows.read(rows);
                format.line(text, entry);
            }
            if (rows != null && text.length() < CHUNK) {
                close();
            }
        } catch (SQLException e) {
            close();
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

    @Override
    public void close() {
        try {
            if (rows != null) {
                rows.close();
            }
            if (statement != null) {
                statement.close();
            }
            if (connection != null) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is closed below in any case
        } finally {
            rows = null;
            statement = null;
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // nothing more to release
                }
                connection = null;
            }
        }
    }
}
