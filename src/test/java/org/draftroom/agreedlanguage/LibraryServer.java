package org.draftroom.agreedlanguage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.draftroom.platform.database.EmbeddedDatabase;
import org.draftroom.support.Accounts;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A server on a new, empty database of its own, so that the library holds only the texts a test
 * adopts (the shared test database holds whatever other tests adopted).
 */
final class LibraryServer implements AutoCloseable {
    final String url;
    EmbeddedServer server;
    Http http;
    Accounts accounts;

    private LibraryServer(String url) {
        this.url = url;
    }

    static LibraryServer start() {
        String postgres = EmbeddedDatabase.jdbcUrl("");
        String name = "library_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(postgres, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        LibraryServer library = new LibraryServer(postgres.replace("/postgres?", "/" + name + "?"));
        library.restart();
        return library;
    }

    /** Stops the server if it runs and starts another on the same database. */
    void restart() {
        stop();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                "micronaut.server.port", -1), "test");
        http = new Http(server.getURI());
        accounts = server.getApplicationContext().getBean(Accounts.class);
    }

    void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    String secretariat() {
        return accounts.secretariat(http);
    }

    String delegate(String state) {
        return accounts.delegate(http, state);
    }

    /** A draft adopted in plenary: its id and resolution number ("74/1"). */
    record Adopted(long id, String number) {
    }

    /** Seed 002 taken through the procedure of the 74th session to adoption. */
    Adopted adoptSeed002() {
        long id = Seeds.importSeed(http, delegate("BLR"), Seeds.DRAFT_74);
        for (String state : new String[] {"RUS", "VEN"}) {
            ok(http.post("/api/drafts/" + id + "/main-sponsors", delegate(state), ""), "confirm " + state);
        }
        ok(http.post("/api/drafts/" + id + "/table", delegate("BLR"), Map.of("date", "2019-10-10")), "table");
        ok(http.post("/api/drafts/" + id + "/open-action", secretariat(), Map.of("date", "2019-11-15")), "open action");
        ok(http.post("/api/drafts/" + id + "/action", secretariat(), Map.of("decision", "WITHOUT_VOTE", "date", "2019-11-15")),
                "action");
        ok(http.post("/api/drafts/" + id + "/report", secretariat(), Map.of("symbol", "A/74/400", "paragraph", 20,
                "recommendation", "II", "date", "2019-12-05")), "report");
        Http.Response adopted = ok(http.post("/api/drafts/" + id + "/plenary", secretariat(), Map.of("decision", "WITHOUT_VOTE",
                "meeting", "50th plenary meeting", "date", "2019-12-18")), "plenary");
        return new Adopted(id, adopted.json().get("symbol").asText().substring("A/RES/".length()));
    }

    static Http.Response ok(Http.Response r, String what) {
        if (r.status() != 200 && r.status() != 201) {
            throw new IllegalStateException(what + ": " + r);
        }
        return r;
    }

    @Override
    public void close() {
        stop();
    }
}
