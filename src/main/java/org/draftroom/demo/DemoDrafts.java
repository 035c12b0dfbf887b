package org.draftroom.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.draftroom.draft.app.ImportingDraft;
import org.draftroom.draft.model.Draft;
import org.draftroom.shared.Caller;
import org.draftroom.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Demo mode only: the four seed documents are imported by the secretariat at the first start,
 * and not again on a restart.
 */
@Singleton
@Requires(env = "demo")
class DemoDrafts {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDrafts.class);
    static final List<String> SEEDS = List.of("001_e0e82415e3b6840d.txt", "002_fc02f47a9588912a.txt",
            "003_dcca9aee8b0c3984.txt", "004_1e6667f477649747.txt");
    private final ImportingDraft importing;
    private final TransactionOperations<Connection> transactions;

    DemoDrafts(ImportingDraft importing, TransactionOperations<Connection> transactions) {
        this.importing = importing;
        this.transactions = transactions;
    }

    @EventListener
    @Order(10)
    void onStartup(StartupEvent event) {
        Caller secretariat = new Caller("secretariat", Role.SECRETARIAT, null);
        for (String seed : SEEDS) {
            transactions.executeWrite(status -> {
                Connection c = status.getConnection();
                if (alreadyImported(c, seed)) {
                    return null;
                }
                Draft draft = importing.importText(secretariat, read(seed), null);
                try (PreparedStatement mark = c.prepareStatement("INSERT INTO demo_seed (name, draft_id) VALUES (?, ?)")) {
                    mark.setString(1, seed);
                    mark.setLong(2, draft.id());
                    mark.executeUpdate();
                }
                LOG.info("Demo mode: imported {} as draft {} ({})", seed, draft.id(), draft.title());
                return null;
            });
        }
    }

    private static boolean alreadyImported(Connection c, String seed) throws SQLException {
        // Two servers starting together take turns per seed.
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "demo_seed:" + seed);
            lock.execute();
        }
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM demo_seed WHERE name = ?")) {
            query.setString(1, seed);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String read(String seed) {
        try (InputStream in = DemoDrafts.class.getResourceAsStream("/seeds/" + seed)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing demo seed " + seed, e);
        }
    }
}
