package org.draftroom.platform.database;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Plain SQL in the caller's transaction, for the hand-written statements of any feature's store:
 * the one place where a {@link SQLException} is caught. A failed statement becomes an
 * {@link IllegalStateException} whose cause is the database's own exception, so that
 * {@code platform/web/DatabaseRefusals} still answers a unique violation, a serialization
 * failure or a value out of range with its problem type.
 * <p>
 * Values are bound in order: {@code null} as a value of unspecified type (PostgreSQL infers it),
 * a {@link List} or {@code String[]} as {@code text[]}, {@code Integer[]} or {@code int[]} as
 * {@code integer[]}, {@code Long[]} or {@code long[]} as {@code bigint[]}, a {@link Typed} with
 * its SQL type (a null PostgreSQL could not infer), anything else as the driver binds it.
 */
@Singleton
public class Sql {
    private final Supplier<Connection> connection;

    @Inject
    Sql(TransactionOperations<Connection> transactions) {
        this(transactions::getConnection);
    }

    private Sql(Supplier<Connection> connection) {
        this.connection = connection;
    }

    /** Statements on this connection, in whatever transaction it is in (a benchmark, a borrowed connection). */
    public static Sql on(Connection connection) {
        return new Sql(() -> connection);
    }

    /**
     * Runs {@code work} on a connection borrowed from the pool and given back as soon as it is done,
     * outside any transaction (a page of a long export, so that a slow client holds no connection).
     */
    public static <T> T borrowing(DataSource pool, Function<Sql, T> work) {
        try (Connection borrowed = pool.getConnection()) {
            return work.apply(on(borrowed));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot borrow a database connection: " + e.getMessage(), e);
        }
    }

    /** Maps one row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes in one row (into a map, a verifier, a text being written). */
    @FunctionalInterface
    public interface Each {
        void accept(ResultSet rs) throws SQLException;
    }

    /** A value bound with its SQL type ({@link Types}), for a null whose type PostgreSQL cannot infer. */
    public record Typed(Object value, int sqlType) {
    }

    public static Typed typed(Object value, int sqlType) {
        return new Typed(value, sqlType);
    }

    /** Runs an INSERT, UPDATE or DELETE; answers how many rows it changed. */
    public int update(String sql, Object... values) {
        try (PreparedStatement statement = prepare(sql, values)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Runs a statement for what it does, not for what it answers (a lock, a sequence created). */
    public void execute(String sql, Object... values) {
        try (PreparedStatement statement = prepare(sql, values)) {
            statement.execute();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Runs one statement once for each row of values, in one round trip; answers each one's count. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = connection.get().prepareStatement(sql)) {
            for (Object[] values : rows) {
                bind(statement, values);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** The rows of a query (or of the first query of several, such as {@code SET LOCAL …; SELECT …}), mapped. */
    public <T> List<T> list(String sql, Row<T> row, Object... values) {
        List<T> out = new ArrayList<>();
        each(sql, rs -> out.add(row.map(rs)), values);
        return out;
    }

    /** The first row, if any. */
    public <T> Optional<T> one(String sql, Row<T> row, Object... values) {
        List<T> all = list(sql, row, values);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The row a statement always answers (an aggregate, {@code INSERT … RETURNING}). */
    public <T> T single(String sql, Row<T> row, Object... values) {
        return one(sql, row, values).orElseThrow(() -> new IllegalStateException("No row answered by " + summary(sql)));
    }

    /** Takes in every row of a query, all read at once. */
    public void each(String sql, Each each, Object... values) {
        stream(0, sql, each, values);
    }

    /**
     * Takes in every row of a query, read {@code fetchSize} rows at a time (a cursor, in a
     * transaction), so that memory stays flat however many rows there are.
     */
    public void stream(int fetchSize, String sql, Each each, Object... values) {
        try (PreparedStatement statement = prepare(sql, values)) {
            statement.setFetchSize(fetchSize);
            boolean rows = statement.execute();
            while (!rows && statement.getUpdateCount() != -1) {
                rows = statement.getMoreResults();
            }
            if (!rows) {
                return;
            }
            try (ResultSet rs = statement.getResultSet()) {
                while (rs.next()) {
                    each.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    public Connection connection() {
        return connection.get();
    }

    private PreparedStatement prepare(String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.get().prepareStatement(sql);
        try {
            bind(statement, values);
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private void bind(PreparedStatement statement, Object... values) throws SQLException {
        Connection c = statement.getConnection();
        for (int i = 0; i < values.length; i++) {
            int index = i + 1;
            Object v = values[i];
            if (v == null) {
                statement.setNull(index, Types.OTHER);
            } else if (v instanceof Typed typed) {
                if (typed.value() == null) {
                    statement.setNull(index, typed.sqlType());
                } else {
                    statement.setObject(index, typed.value(), typed.sqlType());
                }
            } else if (v instanceof List<?> list) {
                statement.setArray(index, c.createArrayOf("text", list.toArray()));
            } else if (v instanceof String[] texts) {
                statement.setArray(index, c.createArrayOf("text", texts));
            } else if (v instanceof Integer[] ints) {
                statement.setArray(index, c.createArrayOf("integer", ints));
            } else if (v instanceof int[] ints) {
                statement.setArray(index, c.createArrayOf("integer", java.util.Arrays.stream(ints).boxed().toArray()));
            } else if (v instanceof Long[] longs) {
                statement.setArray(index, c.createArrayOf("bigint", longs));
            } else if (v instanceof long[] longs) {
                statement.setArray(index, c.createArrayOf("bigint", java.util.Arrays.stream(longs).boxed().toArray()));
            } else {
                statement.setObject(index, v);
            }
        }
    }

    private static IllegalStateException failed(String sql, SQLException e) {
        return new IllegalStateException("Cannot run " + summary(sql) + ": " + e.getMessage(), e);
    }

    /** The statement's first words, enough to find it in the code. */
    private static String summary(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
    }
}
