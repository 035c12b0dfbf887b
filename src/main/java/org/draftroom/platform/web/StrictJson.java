package org.draftroom.platform.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.draftroom.shared.ControlCharacters;

import java.io.IOException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Request bodies are read strictly: besides unknown fields (configured), a {@code null} inside
 * a list or map ({@code "operations": [null]}) is refused as malformed input instead of
 * reaching the rules as a null element.
 */
@Singleton
class StrictJson implements BeanCreatedEventListener<ObjectMapper> {

    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        ObjectMapper mapper = event.getBean();
        for (Class<?> container : new Class<?>[] {List.class, Set.class, Collection.class, Map.class}) {
            mapper.configOverride(container).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        mapper.registerModule(new SimpleModule("draftroom-plain-text").addDeserializer(String.class, new PlainTextDeserializer()));
        return mapper;
    }

    /**
     * Every string field of a request body: a control character other than tab and line breaks
     * (a NUL, which PostgreSQL cannot store; a bell; an escape) is refused as malformed input,
     * naming the field.
     */
    static final class PlainTextDeserializer extends StdScalarDeserializer<String> {
        private final StringDeserializer strings = StringDeserializer.instance;

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = strings.deserialize(parser, context);
            if (value != null) {
                int at = ControlCharacters.inText(value);
                if (at >= 0) {
                    throw new ControlCharacterException(parser, value.charAt(at));
                }
            }
            return value;
        }
    }

    /** A string field holding a control character. */
    static final class ControlCharacterException extends JsonMappingException {
        ControlCharacterException(JsonParser parser, char character) {
            super(parser, "holds a control character (" + ControlCharacters.name(character) + ")");
        }
    }
}
