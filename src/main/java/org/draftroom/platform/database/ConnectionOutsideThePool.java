package org.draftroom.platform.database;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A connection of its own for a thread that holds one for the life of the server (LISTEN, a
 * watch): a busy pool must not blind it, and it must not keep a pooled connection forever. The
 * pool is found through the JDBC wrapper interface, so that a DataSource wrapping it (a statement
 * counter in tests, tracing) does not turn this into a pooled connection.
 */
public final class ConnectionOutsideThePool {
    private ConnectionOutsideThePool() {
    }

    /** A new autocommit connection to the pool's database, or a pooled one when there is no Hikari pool. */
    public static Connection open(DataSource dataSource) throws SQLException {
        Connection c;
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            c = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        } else {
            c = dataSource.getConnection();
        }
        c.setAutoCommit(true);
        return c;
    }
}
