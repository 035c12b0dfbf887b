package org.draftroom.audit.chain;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Canonical JSON, the form in which payloads are hashed and stored (verbatim, in a {@code json}
 * column). Rules:
 * <ul>
 *   <li>no whitespace; object keys sorted by {@link String#compareTo} (UTF-16 code units);</li>
 *   <li>strings are escaped exactly as PostgreSQL's {@code to_json(text)} does, so that the database
 *       can build the same text: {@code "} and {@code \} as {@code \"} and {@code \\}; backspace, form
 *       feed, line feed, carriage return and tab as {@code \b \f \n \r \t}; every other character
 *       below U+0020 as {@code \}{@code u00xx} (lower-case hex); U+0000 is first replaced by U+FFFD
 *       (PostgreSQL text cannot hold it); everything else is written as is (UTF-8);</li>
 *   <li>numbers: integers in decimal; decimals as {@link BigDecimal#toPlainString()} after
 *       {@link BigDecimal#stripTrailingZeros()} (so {@code 1.50} is {@code 1.5}, {@code 2.0} is {@code 2});
 *       NaN and infinities are refused;</li>
 *   <li>{@code true}, {@code false}, {@code null}; enums by name; dates, times and UUIDs by
 *       {@code toString()} as strings; records as objects of their components; collections and
 *       arrays as arrays. Any other type is refused, so that a payload never depends on a
 *       serialiser's configuration.</li>
 * </ul>
 */
public final class CanonicalJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** The canonical JSON of a payload object. */
    public static String of(Map<String, ?> payload) {
        StringBuilder out = new StringBuilder(128);
        value(out, payload == null ? Map.of() : payload);
        return out.toString();
    }

    /** Appends a JSON string literal. */
    public static void string(StringBuilder out, String value) {
        out.append('"');
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == 0) {
                out.append('\uFFFD');
            } else if (c < 0x20) {
                shortEscape(out, c);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static void shortEscape(StringBuilder out, char c) {
        switch (c) {
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }

    /** A string literal, or {@code null}. */
    public static void nullableString(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
        } else {
            string(out, value);
        }
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence || value instanceof Character) {
            string(out, value.toString());
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("An audit payload cannot hold " + d);
            }
            out.append(plain(new BigDecimal(value.toString())));
        } else if (value instanceof BigDecimal decimal) {
            out.append(plain(decimal));
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else if (value instanceof TemporalAccessor || value instanceof UUID || value instanceof java.time.Duration) {
            string(out, value.toString());
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else if (value instanceof Collection<?> collection) {
            array(out, collection.toArray());
        } else if (value.getClass().isArray()) {
            Object[] items = new Object[Array.getLength(value)];
            for (int i = 0; i < items.length; i++) {
                items[i] = Array.get(value, i);
            }
            array(out, items);
        } else if (value instanceof Record record) {
            object(out, components(record));
        } else {
            throw new IllegalArgumentException("An audit payload cannot hold a " + value.getClass().getName()
                    + "; use strings, numbers, booleans, enums, dates, lists, maps or records");
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> {
            if (sorted.put(String.valueOf(k), v) != null) {
                throw new IllegalArgumentException("Duplicate payload key " + k);
            }
        });
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, entry.getKey());
            out.append(':');
            value(out, entry.getValue());
        }
        out.append('}');
    }

    private static void array(StringBuilder out, Object[] items) {
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            value(out, items[i]);
        }
        out.append(']');
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> values = new TreeMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                values.put(component.getName(), component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("Cannot read " + component.getName() + " of " + record.getClass(), e);
            }
        }
        return values;
    }

    private static String plain(BigDecimal decimal) {
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }
}
