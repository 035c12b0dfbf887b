package org.draftroom.document.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.IdGenerator;
import org.draftroom.document.parse.DocumentImporter;

/** The four seed documents from src/main/resources/seeds, read from the classpath. */
public enum Seeds {
    RES_76_186("001_e0e82415e3b6840d.txt"),
    DRAFT_2019("002_fc02f47a9588912a.txt"),
    RES_72_195("003_dcca9aee8b0c3984.txt"),
    DRAFT_2025("004_1e6667f477649747.txt");

    private final String fileName;

    Seeds(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** "001" etc. */
    public String number() {
        return fileName.substring(0, 3);
    }

    public String text() {
        return resource("/seeds/" + fileName);
    }

    /** Parsed with deterministic ids "001-1", "001-2", ... */
    public Document parse() {
        return DocumentImporter.parse(text(), null, IdGenerator.sequential(number()));
    }

    public static String resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
