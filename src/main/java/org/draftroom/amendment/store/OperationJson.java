package org.draftroom.amendment.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.draftroom.amendment.model.Operation;
import org.draftroom.amendment.model.OperationType;
import org.draftroom.amendment.model.Position;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;

import java.util.ArrayList;
import java.util.List;

/** Operations as the JSON array stored in {@code amendment.operations}. */
public final class OperationJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OperationJson() {
    }

    public static String write(List<Operation> operations) {
        ArrayNode array = JSON.createArrayNode();
        for (Operation op : operations) {
            ObjectNode o = array.addObject();
            o.put("type", op.type().name());
            o.put("paragraph", op.paragraph().value());
            put(o, "label", op.label());
            put(o, "quote", op.quote());
            if (op.occurrence() > 0) {
                o.put("occurrence", op.occurrence());
            }
            put(o, "position", op.position() == null ? null : op.position().name());
            put(o, "text", op.text());
            put(o, "openingPhrase", op.openingPhrase());
            put(o, "kind", op.kind() == null ? null : op.kind().name());
            put(o, "anchor", op.anchor() == null ? null : op.anchor().value());
            put(o, "newParagraph", op.newParagraph() == null ? null : op.newParagraph().value());
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Operation> read(String json) {
        try {
            JsonNode array = JSON.readTree(json);
            List<Operation> out = new ArrayList<>(array.size());
            for (JsonNode o : array) {
                out.add(new Operation(OperationType.valueOf(o.get("type").asText()), ParagraphId.of(o.get("paragraph").asText()),
                        text(o, "quote"), o.path("occurrence").asInt(0),
                        o.hasNonNull("position") ? Position.valueOf(o.get("position").asText()) : null, text(o, "text"),
                        text(o, "openingPhrase"), o.hasNonNull("kind") ? ParagraphKind.valueOf(o.get("kind").asText()) : null,
                        o.hasNonNull("anchor") ? ParagraphId.of(o.get("anchor").asText()) : null,
                        o.hasNonNull("newParagraph") ? ParagraphId.of(o.get("newParagraph").asText()) : null, text(o, "label")));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable amendment operations: " + e.getMessage(), e);
        }
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }

    private static String text(JsonNode o, String name) {
        return o.hasNonNull(name) ? o.get(name).asText() : null;
    }
}
