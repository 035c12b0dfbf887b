package org.draftroom.platform.web;

import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseRefusalsTest {

    @Test
    void a_database_that_goes_away_during_a_request_is_503_database_unavailable_not_a_server_error() {
        for (Throwable lost : new Throwable[]{
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms."),
                new SQLException("An I/O error occurred while sending to the backend.", "08006"),
                new SQLException("Connection refused", "08001"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("the database system is starting up", "57P03"),
                new IllegalStateException("wrapped", new SQLException("connection lost", "08003"))}) {
            assertThat(DatabaseRefusals.of(lost)).as("%s", lost).hasValueSatisfying(r -> {
                assertThat(r.status().getCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode());
                assertThat(r.type()).isEqualTo("database-unavailable");
            });
        }
    }

    @Test
    void other_database_errors_keep_their_meaning() {
        assertThat(DatabaseRefusals.of(new SQLException("duplicate", "23505"))).hasValueSatisfying(r ->
                assertThat(r.status().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode()));
        assertThat(DatabaseRefusals.of(new SQLException("syntax", "42601"))).isEmpty();
    }
}
