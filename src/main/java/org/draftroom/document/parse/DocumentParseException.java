package org.draftroom.document.parse;

/** The text can't be read as a General Assembly document. The web layer maps this to 422. */
public class DocumentParseException extends RuntimeException {

    /** Why parsing failed — stable codes for API clients. */
    public enum Reason {
        EMPTY_TEXT,
        BINARY_DATA,
        NO_PREAMBULAR_FORMULA,
        UNKNOWN_FOOTNOTE,
        NO_PARAGRAPHS
    }

    private final Reason reason;

    public DocumentParseException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static DocumentParseException noFormula() {
        return new DocumentParseException(Reason.NO_PREAMBULAR_FORMULA,
                "The text has no line \"The General Assembly,\" introducing the preambular paragraphs");
    }

    public Reason reason() {
        return reason;
    }
}
