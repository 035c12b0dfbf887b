package org.draftroom.draft.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.draftroom.document.model.Document;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The stored form of a {@link Document}: its record components as JSON, nothing derived. */
public final class DocumentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private DocumentJson() {
    }

    public static String write(Document document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the document", e);
        }
    }

    public static Document read(String json) {
        try {
            return MAPPER.readValue(json, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored document cannot be read", e);
        }
    }
}
