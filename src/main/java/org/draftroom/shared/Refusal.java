package org.draftroom.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request that the rules refuse: thrown by use cases and policies, turned into one
 * {@code application/problem+json} response by the web layer. Plain Java, so any feature's
 * rules can throw it without knowing about HTTP.
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal, which the web layer maps to a status code. */
    public enum Kind { BAD_REQUEST, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, PRECONDITION_REQUIRED, UNPROCESSABLE, TOO_LARGE }

    private final Kind kind;
    private final String type;
    private final String title;
    private final Map<String, Object> details;

    public Refusal(Kind kind, String type, String title, String detail) {
        this(kind, type, title, detail, Map.of());
    }

    public Refusal(Kind kind, String type, String title, String detail, Map<String, Object> details) {
        super(detail, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.type = Objects.requireNonNull(type);
        this.title = Objects.requireNonNull(title);
        this.details = new LinkedHashMap<>(details);
    }

    public static Refusal notFound(String what, Object id) {
        return new Refusal(Kind.NOT_FOUND, "not-found", what + " not found", "There is no " + what.toLowerCase() + " " + id + ".");
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, "forbidden", "Not allowed", detail);
    }

    public static Refusal conflict(String type, String detail) {
        return new Refusal(Kind.CONFLICT, type, "Conflict", detail);
    }

    public static Refusal unprocessable(String type, String detail) {
        return new Refusal(Kind.UNPROCESSABLE, type, "Unprocessable request", detail);
    }

    public static Refusal badRequest(String type, String detail) {
        return new Refusal(Kind.BAD_REQUEST, type, "Bad request", detail);
    }

    /** The same refusal with one more member in the problem document. */
    public Refusal with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    /** A short slug naming the problem, such as {@code stage-does-not-allow}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
