package org.draftroom.platform.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/**
 * Points the default datasource at the embedded PostgreSQL when no URL is configured
 * ({@code DATASOURCES_DEFAULT_URL}). Runs before the connection pool is built.
 */
@Singleton
class EmbeddedDatabaseWhenNoUrl implements BeanInitializedEventListener<DatasourceConfiguration> {
    private final String dataDirectory;

    EmbeddedDatabaseWhenNoUrl(@Value("${draftroom.embedded-postgres.data-dir:}") String dataDirectory,
                              @Value("${draftroom.embedded-postgres.temporary:false}") boolean temporary) {
        this.dataDirectory = temporary ? null : dataDirectory(dataDirectory);
    }

    /** The configured folder, or {@code ~/.draftroom/pgdata}. */
    static String dataDirectory(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Path.of(System.getProperty("user.home"), ".draftroom", "pgdata").toString();
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getConfiguredUrl();
        if (url == null || url.isBlank()) {
            configuration.setUrl(EmbeddedDatabase.acquire(dataDirectory));
            configuration.setUsername("postgres");
            configuration.setPassword("postgres");
        }
        return configuration;
    }
}
