package org.draftroom.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one helper for hand-written statements, against a real PostgreSQL. */
class SqlIT {
    private static EmbeddedPostgres postgres;
    private Connection connection;
    private Sql sql;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void openTransaction() throws SQLException {
        connection = postgres.getPostgresDatabase().getConnection();
        connection.setAutoCommit(false);
        sql = Sql.on(connection);
        sql.execute("CREATE TABLE item (id bigint PRIMARY KEY, name text UNIQUE, size integer, tags text[])");
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void updates_answer_how_many_rows_they_changed_and_returning_answers_its_row() {
        assertThat(sql.update("INSERT INTO item (id, name) VALUES (?, ?), (?, ?)", 1L, "one", 2L, "two")).isEqualTo(2);
        assertThat(sql.update("UPDATE item SET size = ? WHERE id > ?", 7, 0L)).isEqualTo(2);
        assertThat(sql.update("DELETE FROM item WHERE id = ?", 99L)).isZero();
        long id = sql.single("INSERT INTO item (id, name) VALUES (?, ?) RETURNING id", rs -> rs.getLong(1), 3L, "three");
        assertThat(id).isEqualTo(3L);
        assertThat(sql.<String>one("SELECT name FROM item WHERE id = ?", rs -> rs.getString(1), 4L)).isEmpty();
        assertThatThrownBy(() -> sql.single("SELECT name FROM item WHERE id = ?", rs -> rs.getString(1), 4L))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SELECT name FROM item");
    }

    @Test
    void values_are_bound_as_arrays_typed_nulls_and_plain_values() {
        assertThat(sql.<List<String>>single("SELECT pg_typeof(?)::text, pg_typeof(?)::text, pg_typeof(?)::text, pg_typeof(?)::text",
                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                new String[] {"a"}, new Integer[] {1}, new long[] {1L}, List.of("b")))
                .containsExactly("text[]", "integer[]", "bigint[]", "text[]");
        assertThat(sql.<String>single("SELECT pg_typeof(?)::text, ?::int IS NULL", rs -> rs.getString(1) + " " + rs.getBoolean(2),
                Sql.typed(null, Types.INTEGER), null)).isEqualTo("integer true");
        sql.update("INSERT INTO item (id, name, size, tags) SELECT ?, ?, ?, ?", 5L, "five", Sql.typed(null, Types.INTEGER),
                List.of("x", "y"));
        assertThat(sql.<String>single("SELECT size IS NULL, tags FROM item WHERE id = ?",
                rs -> rs.getBoolean(1) + " " + Arrays.toString((Object[]) rs.getArray(2).getArray()), 5L))
                .isEqualTo("true [x, y]");
        assertThat(sql.<Integer>single("SELECT cardinality(?::int[]) + cardinality(?::bigint[])", rs -> rs.getInt(1),
                new int[] {1, 2, 3}, new Long[] {4L})).isEqualTo(4);
    }

    @Test
    void a_batch_runs_one_statement_for_each_row_of_values() {
        List<Object[]> rows = new ArrayList<>();
        for (long i = 1; i <= 50; i++) {
            rows.add(new Object[] {i, "item " + i});
        }
        int[] counts = sql.batch("INSERT INTO item (id, name) VALUES (?, ?)", rows);
        assertThat(counts).hasSize(50);
        assertThat(sql.<Long>single("SELECT count(*) FROM item", rs -> rs.getLong(1))).isEqualTo(50L);
        assertThat(sql.batch("INSERT INTO item (id, name) VALUES (?, ?)", List.of())).isEmpty();
    }

    @Test
    void several_statements_answer_the_rows_of_the_query_among_them() {
        List<String> mode = sql.list("SET LOCAL plan_cache_mode = force_generic_plan; SELECT current_setting('plan_cache_mode') || ?",
                rs -> rs.getString(1), "!");
        assertThat(mode).containsExactly("force_generic_plan!");
    }

    @Test
    void a_stream_reads_every_row_in_order_a_page_at_a_time() {
        List<Long> seen = new ArrayList<>();
        sql.stream(100, "SELECT g FROM generate_series(1, ?) g ORDER BY g", rs -> seen.add(rs.getLong(1)), 2_500);
        assertThat(seen).hasSize(2_500);
        assertThat(seen.get(0)).isEqualTo(1L);
        assertThat(seen.get(2_499)).isEqualTo(2_500L);
        List<Long> each = new ArrayList<>();
        sql.each("SELECT g FROM generate_series(1, 3) g", rs -> each.add(rs.getLong(1)));
        assertThat(each).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_refused_statement_keeps_the_databases_state_for_the_refusal_it_means() {
        sql.update("INSERT INTO item (id, name) VALUES (?, ?)", 1L, "taken");
        assertThatThrownBy(() -> sql.update("INSERT INTO item (id, name) VALUES (?, ?)", 2L, "taken"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INSERT INTO item")
                .cause().isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
    }

    @Test
    void a_borrowed_connection_is_given_back_once_the_work_is_done() {
        Connection[] borrowed = new Connection[1];
        long answer = Sql.borrowing(postgres.getPostgresDatabase(), own -> {
            borrowed[0] = own.connection();
            return own.single("SELECT ?::bigint * 2", rs -> rs.getLong(1), 21L);
        });
        assertThat(answer).isEqualTo(42L);
        assertThat(borrowed[0]).isNotSameAs(connection);
        assertThat(isClosed(borrowed[0])).isTrue();
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
