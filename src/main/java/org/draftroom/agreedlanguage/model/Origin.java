package org.draftroom.agreedlanguage.model;

/** Where the words of a paragraph come from. */
public enum Origin {
    /** The same words as a paragraph of an adopted resolution. */
    VERBATIM,
    /** Close to adopted paragraphs, with differences. */
    MODIFIED,
    /** No adopted paragraph comes close. */
    NEW;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
