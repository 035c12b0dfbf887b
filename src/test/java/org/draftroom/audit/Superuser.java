package org.draftroom.audit;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Raw JDBC as a database superuser would use it, bypassing the application: with the
 * triggers off ({@code session_replication_role = replica}) for tampering, or on, to see them refuse.
 */
final class Superuser {
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource pool;

    Superuser(DataSource dataSource) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    boolean isSuperuser() {
        return withTriggers(c -> {
            try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
                return r.next() && r.getBoolean(1);
            }
        });
    }

    <T> T withTriggersOff(Work<T> work) {
        return inTransaction(true, work);
    }

    <T> T withTriggers(Work<T> work) {
        return inTransaction(false, work);
    }

    private <T> T inTransaction(boolean triggersOff, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (triggersOff) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET LOCAL session_replication_role = replica");
                    }
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
