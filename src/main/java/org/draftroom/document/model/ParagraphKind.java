package org.draftroom.document.model;

/** Preambular paragraphs ("Recalling ...,") come before operative paragraphs ("1. Urges ...;"). */
public enum ParagraphKind {
    PREAMBULAR("PP"),
    OPERATIVE("OP");

    private final String labelPrefix;

    ParagraphKind(String labelPrefix) {
        this.labelPrefix = labelPrefix;
    }

    public String labelPrefix() {
        return labelPrefix;
    }
}
