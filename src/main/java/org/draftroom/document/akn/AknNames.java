package org.draftroom.document.akn;

import java.util.Locale;
import org.draftroom.document.model.ParagraphId;

/**
 * Names and identifiers of the Akoma Ntoso export. eIds follow the AKN naming convention (local names
 * like {@code para_x}, joined to their parent's eId by {@code __}) but take the paragraph part from the
 * paragraph's {@link ParagraphId} instead of its position, so an untouched paragraph keeps its eId from
 * version to version. The id itself goes into {@code GUID} so that import restores it exactly.
 */
public final class AknNames {

    public static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** The only document name we write and read: AKN4UN's resolution statement. */
    public static final String DOC_NAME = "resolution";
    /** FRBR subtype of a draft resolution (AKN4UN document class). */
    public static final String DRAFT_SUBTYPE = "draftResolution";

    private AknNames() {
    }

    /** eId of a top-level preambular paragraph: {@code preamble__container_<id>}. */
    public static String preambular(ParagraphId id) {
        return "preamble__container_" + token(id);
    }

    /** eId of a top-level operative paragraph: {@code para_<id>}. */
    public static String operative(ParagraphId id) {
        return "para_" + token(id);
    }

    /** eId of a sub-paragraph inside its parent's list: {@code <parent>__list_1__point_<id>} or {@code __item_<id>}. */
    public static String sub(String parentEid, ParagraphId id, boolean operative) {
        return parentEid + (operative ? "__list_1__point_" : "__blockList_1__item_") + token(id);
    }

    /**
     * The id as an eId part: letters, digits, '-' and '.' kept; any other character makes it "-" plus a hash
     * suffix so that two different ids never share a token. Never contains "__" (the AKN level separator).
     */
    public static String token(ParagraphId id) {
        String v = id.value();
        StringBuilder b = new StringBuilder(v.length());
        boolean changed = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
                b.append(c);
            } else {
                b.append('-');
                changed = true;
            }
        }
        if (changed) {
            b.append("-x").append(Integer.toHexString(v.hashCode()));
        }
        return b.toString();
    }

    /** GUID attribute value: the id with '%' and whitespace percent-encoded (GUIDs carry no whitespace). */
    public static String guid(ParagraphId id) {
        String v = id.value();
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%' || Character.isWhitespace(c)) {
                b.append(String.format(Locale.ROOT, "%%%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static ParagraphId fromGuid(String guid) {
        StringBuilder b = new StringBuilder(guid.length());
        for (int i = 0; i < guid.length(); i++) {
            char c = guid.charAt(i);
            if (c == '%' && i + 4 < guid.length()) {
                b.append((char) Integer.parseInt(guid.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                b.append(c);
            }
        }
        return ParagraphId.of(b.toString());
    }

    /** "Venezuela (Bolivarian Republic of)" → "venezuelaBolivarianRepublicOf": an eId-safe word for a name. */
    public static String camel(String name) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                b.append(b.length() == 0 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return b.length() == 0 ? "x" : Character.isDigit(b.charAt(0)) ? "n" + b : b.toString();
    }

    /** A plain word usable in an eId: letters and digits, starting with a letter. */
    public static boolean isName(String s) {
        return s != null && s.matches("[A-Za-z][A-Za-z0-9]*");
    }

    /** "A/C.3/80/L.20" → "A-C.3-80-L.20", the number part of an FRBR URI. */
    public static String uriNumber(String symbol) {
        return symbol.replace('/', '-').replaceAll("\\s+", "");
    }
}
