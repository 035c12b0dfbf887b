package org.draftroom.support;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The connection pool, seen through a window: every statement executed on one of its connections
 * ({@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code executeBatch}... of a
 * {@link Statement}, {@link PreparedStatement} or {@link CallableStatement}) is reported, with its
 * SQL, before it runs. Everything else (commit, rollback, auto-commit, read-only, closing) goes
 * through untouched and is not a statement.
 */
final class CountingDataSource implements DataSource {
    private final DataSource pool;
    private final Consumer<String> executed;

    CountingDataSource(DataSource pool, Consumer<String> executed) {
        this.pool = pool;
        this.executed = executed;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counting(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counting(pool.getConnection(username, password));
    }

    /** The pool itself (HikariDataSource) stays reachable, as for any JDBC wrapper. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = forward(connection, method, args);
            return switch (method.getName()) {
                case "createStatement" -> counting(Statement.class, (Statement) result, null);
                case "prepareStatement" -> counting(PreparedStatement.class, (PreparedStatement) result, (String) args[0]);
                case "prepareCall" -> counting(CallableStatement.class, (CallableStatement) result, (String) args[0]);
                default -> result;
            };
        });
    }

    /** @param preparedSql the SQL a prepared statement was made from; null for a plain statement, which gets it with each execution */
    private <S extends Statement> S counting(Class<S> type, S statement, String preparedSql) {
        return proxy(type, statement, (method, args) -> {
            if (method.getName().startsWith("execute")) {
                boolean sqlGiven = args != null && args.length > 0 && args[0] instanceof String;
                executed.accept(sqlGiven ? (String) args[0] : preparedSql != null ? preparedSql : "(a batch of plain statements)");
            }
            return forward(statement, method, args);
        });
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    /** A proxy of {@code target} whose calls go to {@code handler}; as a key or in a set it is itself, not its target. */
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "counting " + target;
                        };
                    }
                    return handler.handle(method, args);
                }));
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
