package org.draftroom.memberstate;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FormerNameRepository extends GenericRepository<FormerName, String> {
    List<FormerName> findAllOrderByUsedUntil();
}
