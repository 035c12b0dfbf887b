package org.draftroom.memberstate;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberStateRepository extends GenericRepository<MemberState, String> {
    List<MemberState> findAllOrderByName();

    Optional<MemberState> findById(String code);

    Optional<MemberState> findByName(String name);

    List<MemberState> findByCodeIn(java.util.Collection<String> codes);
}
