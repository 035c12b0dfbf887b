package org.draftroom.audit.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Hashes entries. The canonical content of an entry is the UTF-8 encoding of this JSON array,
 * without any whitespace:
 * <pre>
 * [1,seq,"occurredAt","username",role,memberState,draftId,"type",payload,requestId,"prevHash"]
 * </pre>
 * where {@code 1} is the version of this format; {@code seq} and {@code draftId} are decimal
 * integers; {@code occurredAt} is UTC as {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} (always six
 * fraction digits); role, memberState, draftId and requestId are {@code null} when absent;
 * strings are escaped as in {@link CanonicalJson}; {@code payload} is the stored payload text
 * inserted verbatim (it is already canonical JSON); {@code prevHash} is the previous entry's
 * hash, or 64 zeros for the first entry. The hash is the lower-case hex SHA-256 of those bytes.
 * Anyone with the JSON Lines export can recompute it.
 *
 * <p>Not thread-safe: it reuses its digest and buffers (the verifier hashes hundreds of
 * thousands of entries a second).
 */
public final class EntryHasher {
    public static final String GENESIS = "0".repeat(64);
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final MessageDigest digest;
    private final StringBuilder text = new StringBuilder(512);
    private byte[] bytes = new byte[1024];

    public EntryHasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash that an entry with these contents must carry. */
    public String hash(AuditEntry entry) {
        return hash(entry.seq(), entry.occurredAt(), entry.username(), entry.role(), entry.memberState(),
                entry.draftId(), entry.type(), entry.payload(), entry.requestId(), entry.prevHash());
    }

    public String hash(long seq, Instant occurredAt, String username, String role, String memberState, Long draftId,
                       String type, String payload, String requestId, String prevHash) {
        canonical(seq, occurredAt, username, role, memberState, draftId, type, payload, requestId, prevHash);
        int length = encode();
        digest.update(bytes, 0, length);
        return hex(digest.digest());
    }

    /** The canonical content as text (for tests and for people checking the format). */
    public String canonicalText(AuditEntry e) {
        canonical(e.seq(), e.occurredAt(), e.username(), e.role(), e.memberState(), e.draftId(), e.type(),
                e.payload(), e.requestId(), e.prevHash());
        return text.toString();
    }

    private void canonical(long seq, Instant occurredAt, String username, String role, String memberState,
                           Long draftId, String type, String payload, String requestId, String prevHash) {
        StringBuilder out = text;
        out.setLength(0);
        out.append("[1,").append(seq).append(",\"");
        timestamp(out, occurredAt);
        out.append("\",");
        CanonicalJson.string(out, username);
        out.append(',');
        CanonicalJson.nullableString(out, role);
        out.append(',');
        CanonicalJson.nullableString(out, memberState);
        out.append(',');
        out.append(draftId == null ? "null" : draftId.toString());
        out.append(',');
        CanonicalJson.string(out, type);
        out.append(',').append(payload).append(',');
        CanonicalJson.nullableString(out, requestId);
        out.append(',');
        CanonicalJson.string(out, prevHash);
        out.append(']');
    }

    /** UTC, microseconds, always six fraction digits: {@code 2025-10-14T09:30:00.123456Z}. */
    public static void timestamp(StringBuilder out, Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2).append('.');
        pad(out, t.getNano() / 1000, 6).append('Z');
    }

    public static String timestamp(Instant instant) {
        StringBuilder out = new StringBuilder(27);
        timestamp(out, instant);
        return out.toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        int start = out.length();
        out.append(value);
        while (out.length() - start < width) {
            out.insert(start, '0');
        }
        return out;
    }

    /** UTF-8 of {@link #text} into {@link #bytes}; answers the length. */
    private int encode() {
        StringBuilder in = text;
        int length = in.length();
        if (bytes.length < length * 3) {
            bytes = new byte[length * 3 + 64];
        }
        byte[] out = bytes;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = in.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(in.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, in.charAt(++i));
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?'; // a lone surrogate, as Java's own UTF-8 encoder writes it
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return n;
    }

    private static String hex(byte[] hash) {
        char[] out = new char[hash.length * 2];
        for (int i = 0; i < hash.length; i++) {
            out[2 * i] = HEX[(hash[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[hash[i] & 0xF];
        }
        return new String(out);
    }
}
