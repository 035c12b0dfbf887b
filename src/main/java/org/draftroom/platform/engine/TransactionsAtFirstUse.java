package org.draftroom.platform.engine;

import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;

import java.sql.Connection;
import java.util.Optional;

/** Micronaut's transactions, looked up when the engine first runs a command. */
final class TransactionsAtFirstUse implements TransactionOperations<Connection> {
    private final BeanProvider<TransactionOperations<Connection>> provider;
    private volatile TransactionOperations<Connection> target;

    TransactionsAtFirstUse(BeanProvider<TransactionOperations<Connection>> provider) {
        this.provider = provider;
    }

    private TransactionOperations<Connection> target() {
        TransactionOperations<Connection> found = target;
        if (found == null) {
            found = provider.get();
            target = found;
        }
        return found;
    }

    @Override
    public Connection getConnection() {
        return target().getConnection();
    }

    @Override
    public boolean hasConnection() {
        return target().hasConnection();
    }

    @Override
    public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
        return target().findTransactionStatus();
    }

    @Override
    public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
        return target().execute(definition, callback);
    }
}
