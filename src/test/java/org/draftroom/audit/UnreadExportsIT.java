package org.draftroom.audit;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports that their clients never read hold no database connection: more unread audit exports
 * than the pool has connections (each several megabytes, far more than the sockets' buffers take
 * in), and meanwhile another user's requests are answered at once and the pool is idle. (The
 * per-user limit on exports is raised here: {@code ExportLimitsIT} tests it.)
 */
@MicronautTest(transactional = false)
@Property(name = "draftroom.exports.per-user", value = "40")
class UnreadExportsIT extends ServerTest {
    private static final long DRAFT = 1_000_016_016L;
    private static final int EXPORTS = 30;
    @Inject
    AuditProbe probe;
    @Inject
    DataSource dataSource;

    @Test
    void thirty_unread_audit_exports_leave_the_pool_free_for_everyone_else() throws Exception {
        String note = "n".repeat(4_000);
        for (int i = 0; i < 1_200; i++) {
            probe.change(new AuditEvent("draft.version-created", "sec", "SECRETARIAT", null, DRAFT, Map.of("v", i, "note", note)));
        }
        HikariDataSource pool = DelegatingDataSource.unwrapDataSource(dataSource).unwrap(HikariDataSource.class);
        assertThat(EXPORTS).as("more exports than connections").isGreaterThan(pool.getMaximumPoolSize());
        String secretariat = accounts.secretariat(http());
        String delegate = accounts.delegate(http(), "NOR");
        List<Socket> unread = new ArrayList<>();
        try {
            for (int i = 0; i < EXPORTS; i++) {
                Socket socket = new Socket(server.getHost(), server.getPort());
                socket.setReceiveBufferSize(4 * 1024);
                socket.getOutputStream().write(("GET /api/audit?format=csv&order=asc&draftId=" + DRAFT + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + secretariat + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                byte[] start = in.readNBytes(12);
                assertThat(new String(start, StandardCharsets.US_ASCII)).as("the export started").isEqualTo("HTTP/1.1 200");
                unread.add(socket);
            }
            long begin = System.nanoTime();
            Http.Response other = http().get("/api/drafts", delegate);
            long millis = (System.nanoTime() - begin) / 1_000_000;
            assertThat(other.status()).isEqualTo(200);
            assertThat(millis).as("another user's request waited for no connection").isLessThan(5_000);
            assertThat(http().get("/api/audit?limit=5", secretariat).status()).isEqualTo(200);
            assertThat(http().get("/health", null).status()).isEqualTo(200);
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections held by the unread exports")
                    .isLessThanOrEqualTo(2);
        } finally {
            for (Socket socket : unread) {
                socket.close();
            }
        }
    }
}
