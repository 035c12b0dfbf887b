package org.draftroom.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserAccountRepository extends CrudRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /**
     * How many administrators other than {@code username} are active, their rows locked until the
     * transaction ends: two administrators disabling each other at once cannot both succeed.
     */
    @Query("SELECT count(*) FROM (SELECT id FROM app_user WHERE role = 'ADMIN' AND active AND username <> :username FOR UPDATE) a")
    long lockOtherActiveAdministrators(String username);
}
