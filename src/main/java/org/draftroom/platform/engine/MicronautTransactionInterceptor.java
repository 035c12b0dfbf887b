package org.draftroom.platform.engine;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import org.flowable.common.engine.impl.cfg.TransactionPropagation;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;

import java.sql.Connection;

/**
 * Runs every engine command inside Micronaut's transaction: it joins the caller's
 * transaction when there is one, so process state and domain rows commit or roll back together.
 */
final class MicronautTransactionInterceptor extends AbstractCommandInterceptor {
    private final TransactionOperations<Connection> transactions;

    MicronautTransactionInterceptor(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
        TransactionDefinition definition = TransactionDefinition.of(propagationOf(config.getTransactionPropagation()));
        return transactions.execute(definition, status -> next.execute(config, command, commandExecutor));
    }

    private static TransactionDefinition.Propagation propagationOf(TransactionPropagation propagation) {
        return switch (propagation) {
            case REQUIRED -> TransactionDefinition.Propagation.REQUIRED;
            case REQUIRES_NEW -> TransactionDefinition.Propagation.REQUIRES_NEW;
            case NOT_SUPPORTED -> TransactionDefinition.Propagation.NOT_SUPPORTED;
        };
    }
}
