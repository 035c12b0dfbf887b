package org.draftroom.agreedlanguage.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.LabelMode;
import org.draftroom.document.parse.DocumentImporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The seeds parsed as the server parses them, and their paragraphs as library entries. */
final class SeedLibrary {
    static final String RES_76_186 = "001_e0e82415e3b6840d.txt";
    static final String DRAFT_74 = "002_fc02f47a9588912a.txt";
    static final String RES_72_195 = "003_dcca9aee8b0c3984.txt";
    static final String DRAFT_80 = "004_1e6667f477649747.txt";

    private SeedLibrary() {
    }

    static Document parse(String name) {
        try (InputStream in = SeedLibrary.class.getResourceAsStream("/seeds/" + name)) {
            return DocumentImporter.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs of a document as library entries, under the given symbol, number and session. */
    static List<SourceParagraph> sources(Document d, String symbol, String resolution, Integer session) {
        List<String> labels = d.labels(LabelMode.CLEAN);
        List<SourceParagraph> out = new ArrayList<>();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            out.add(new SourceParagraph(symbol, resolution, session, labels.get(i), d.paragraphs().get(i).fullText()));
        }
        return out;
    }
}
