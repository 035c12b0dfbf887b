package org.draftroom.platform.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.DatabaseWatch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Draftroom's own meters, beside the HTTP timers per route, the pool and the JVM:
 * <ul>
 *   <li>{@code draftroom.audit.queue.depth}: audit entries committed but not yet sealed into the chain
 *       (all servers together);</li>
 *   <li>{@code draftroom.audit.sealing.lag}: the age in seconds of the oldest of them (0 when none);</li>
 *   <li>{@code draftroom.live.streams.open}: live streams open on this server;</li>
 *   <li>{@code draftroom.amendments.proposed}: amendments proposed so far (all servers together):
 *       {@code rate(draftroom_amendments_proposed_total[1m])} is proposals per second.</li>
 * </ul>
 * The database figures are read when scraped (one small query each, at most once a second) and
 * are NaN while the database does not answer, so a scrape never waits on it.
 */
@Singleton
@Requires(beans = MeterRegistry.class)
class DraftroomMeters implements MeterBinder {
    private static final long FRESH_NANOS = 1_000_000_000L;
    private final BeanProvider<DataSource> dataSource;
    private final BeanProvider<DatabaseWatch> database;
    private final OpenStreams live;
    private DataSource pool;
    private long queueReadAt;
    private double queueDepth = Double.NaN;
    private double sealingLag = Double.NaN;
    private long proposalsReadAt;
    private double proposals;

    /** The pool itself registers its meters with the registry: it is looked up when first scraped, not before. */
    DraftroomMeters(BeanProvider<DataSource> dataSource, BeanProvider<DatabaseWatch> database, OpenStreams live) {
        this.dataSource = dataSource;
        this.database = database;
        this.live = live;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("draftroom.audit.queue.depth", this, m -> m.queue()[0])
                .description("Audit entries committed and not yet sealed into the hash chain").register(registry);
        Gauge.builder("draftroom.audit.sealing.lag", this, m -> m.queue()[1]).baseUnit("seconds")
                .description("Age of the oldest audit entry waiting to be sealed").register(registry);
        Gauge.builder("draftroom.live.streams.open", live, OpenStreams::open)
                .description("Live streams open on this server").register(registry);
        FunctionCounter.builder("draftroom.amendments.proposed", this, DraftroomMeters::proposals)
                .description("Amendments proposed, all servers together").register(registry);
    }

    private synchronized double[] queue() {
        if (System.nanoTime() - queueReadAt > FRESH_NANOS) {
            queueReadAt = System.nanoTime();
            double[] read = read("SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(occurred_at)), 0) FROM audit_queue", 2);
            queueDepth = read[0];
            sealingLag = read[1];
        }
        return new double[]{queueDepth, sealingLag};
    }

    private synchronized double proposals() {
        if (System.nanoTime() - proposalsReadAt > FRESH_NANOS) {
            proposalsReadAt = System.nanoTime();
            double read = read("SELECT coalesce(max(id), 0) FROM amendment", 1)[0];
            if (!Double.isNaN(read)) {
                proposals = Math.max(proposals, read);
            }
        }
        return proposals;
    }

    private double[] read(String sql, int columns) {
        double[] values = new double[columns];
        Arrays.fill(values, Double.NaN);
        if (!database.get().isUp()) {
            return values;
        }
        if (pool == null) {
            pool = DelegatingDataSource.unwrapDataSource(dataSource.get());
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet rs = s.executeQuery(sql)) {
                if (rs.next()) {
                    for (int i = 0; i < columns; i++) {
                        values[i] = rs.getDouble(i + 1);
                    }
                }
            }
        } catch (SQLException e) {
            // the database went away meanwhile: NaN until it is back
        }
        return values;
    }
}
