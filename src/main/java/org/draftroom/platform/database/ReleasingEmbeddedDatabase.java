package org.draftroom.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.event.BeanDestroyedEvent;
import io.micronaut.context.event.BeanDestroyedEventListener;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Once a connection pool on the embedded PostgreSQL is closed (after the engine and everything
 * else that uses it have stopped), tells {@link EmbeddedDatabase} that it may stop.
 */
@Singleton
class ReleasingEmbeddedDatabase implements BeanDestroyedEventListener<DataSource> {
    /** A pool may be destroyed under more than one bean (itself, a wrapper): it is released once. */
    private final Set<HikariDataSource> released = Collections.newSetFromMap(new WeakHashMap<>());

    @Override
    public void onDestroyed(BeanDestroyedEvent<DataSource> event) {
        DataSource dataSource = event.getBean();
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                if (addReleased(pool)) {
                    EmbeddedDatabase.release(pool.getJdbcUrl());
                }
            }
        } catch (SQLException e) {
            // not a pool this server opened on the embedded database
        }
    }

    private synchronized boolean addReleased(HikariDataSource pool) {
        return released.add(pool);
    }
}
