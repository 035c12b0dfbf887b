package org.draftroom.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The four real UN documents Draftroom was made from. */
public final class Seeds {
    public static final String RES_76_186 = "001_e0e82415e3b6840d.txt";
    public static final String DRAFT_74 = "002_fc02f47a9588912a.txt";
    public static final String RES_72_195 = "003_dcca9aee8b0c3984.txt";
    public static final String DRAFT_80 = "004_1e6667f477649747.txt";

    private Seeds() {
    }

    public static String text(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No seed " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports a seed as the given token's user and answers the new draft's id. An adopted resolution
     * is in Draftroom once: when another test of the run imported it already, the server's 409 names
     * that draft, and its id is answered.
     */
    public static long importSeed(Http http, String token, String name) {
        Http.Response response = http.post("/api/drafts", token, java.util.Map.of("text", text(name)));
        if (response.status() == 409 && response.json().path("type").asText().endsWith("/already-imported")) {
            return response.json().get("draftId").asLong();
        }
        if (response.status() != 201) {
            throw new IllegalStateException("Import of " + name + " failed: " + response);
        }
        return response.json().get("id").asLong();
    }
}
