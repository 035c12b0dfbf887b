package org.draftroom.lifecycle.engine;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.draftroom.platform.database.Sql;

/**
 * Answers the process's gateways, as {@code ${lifecycleRoutes.stageIs(draftId, 'TABLED')}}: the
 * stage the use case has just written, read in the same transaction.
 */
@Named("lifecycleRoutes")
@Singleton
public class LifecycleRoutes {
    private final Sql sql;

    LifecycleRoutes(Sql sql) {
        this.sql = sql;
    }

    public boolean stageIs(Object draftId, String stage) {
        return sql.one("SELECT stage FROM draft WHERE id = ?", rs -> rs.getString(1), toLong(draftId))
                .map(stage::equals).orElse(false);
    }

    static long toLong(Object id) {
        return id instanceof Number n ? n.longValue() : Long.parseLong(id.toString());
    }
}
