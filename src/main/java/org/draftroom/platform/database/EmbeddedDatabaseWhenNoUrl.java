package org.draftroom.platform.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

/**
 * Points the default datasource at the embedded PostgreSQL when no URL is configured
 * ({@code DATASOURCES_DEFAULT_URL}). Runs before the connection pool is built.
 */
@Singleton
class EmbeddedDatabaseWhenNoUrl implements BeanInitializedEventListener<DatasourceConfiguration> {
    private final String dataDirectory;

    EmbeddedDatabaseWhenNoUrl(@Value("${draftroom.embedded-postgres.data-dir:}") String dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getConfiguredUrl();
        if (url == null || url.isBlank()) {
            configuration.setUrl(EmbeddedDatabase.jdbcUrl(dataDirectory));
            configuration.setUsername("postgres");
            configuration.setPassword("postgres");
        }
        return configuration;
    }
}
