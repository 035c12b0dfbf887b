package org.draftroom.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/**
 * In tests only (this class lives in the test sources, and requires the {@code test} environment
 * in case test classes ever share a classpath with a real server), puts a
 * {@link CountingDataSource} around the connection pool as soon as the pool is created, so that
 * {@link RequestStatements} sees every statement the server executes.
 *
 * <p>Where it goes matters. Micronaut Data wraps the pool in its own contextual DataSource
 * (another {@code BeanCreatedEventListener}, {@code ContextualAwareDataSource}), whose connection
 * is the current transaction's; the transaction manager unwraps that contextual DataSource
 * ({@link DelegatingDataSource#unwrapDataSource}) to open the real connections, and the Flowable
 * engine is given the contextual one. Running first, this listener wraps the pool itself, so:
 * the transaction manager opens its connections through the counter (repositories, the stores'
 * plain JDBC, and the engine's MyBatis statements all run on them), and Micronaut Data's wrapper
 * still sits on top, unchanged. Were it to run after, it would wrap the contextual DataSource and
 * the transaction manager would lose the pool; it refuses to start rather than count nothing.
 */
@Singleton
@Requires(env = Environment.TEST)
class StatementCounting implements BeanCreatedEventListener<DataSource>, Ordered {
    private final RequestStatements statements;

    StatementCounting(RequestStatements statements) {
        this.statements = statements;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource pool = event.getBean();
        if (pool instanceof DelegatingDataSource) {
            throw new IllegalStateException("StatementCounting must wrap the connection pool before Micronaut Data's contextual "
                    + "DataSource does, but was given " + pool.getClass().getName());
        }
        return new CountingDataSource(pool, statements::executed);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
