package org.draftroom.draft.store;

import org.draftroom.document.model.Document;
import org.draftroom.document.parse.DocumentImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"001_e0e82415e3b6840d.txt", "002_fc02f47a9588912a.txt", "003_dcca9aee8b0c3984.txt", "004_1e6667f477649747.txt"})
    void a_stored_document_reads_back_equal(String seed) throws IOException {
        Document document = DocumentImporter.parse(seed(seed), null);
        Document back = DocumentJson.read(DocumentJson.write(document));
        assertThat(back).isEqualTo(document);
    }

    @Test
    void nothing_derived_is_stored() throws IOException {
        String json = DocumentJson.write(DocumentImporter.parse(seed("004_1e6667f477649747.txt"), null));
        assertThat(json).doesNotContain("fullText").doesNotContain("topLevel");
    }

    static String seed(String name) throws IOException {
        try (InputStream in = DocumentJsonTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
