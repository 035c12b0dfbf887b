package org.draftroom.document.akn;

/**
 * An uploaded file (Akoma Ntoso XML or Word) that can't be read. The web layer maps the reason to a
 * status: {@link Reason#TOO_LARGE} to 413, {@link Reason#NOT_A_RESOLUTION} to 422, the others to 400.
 */
public class DocumentFormatException extends RuntimeException {

    /** Why the file was refused — stable codes for API clients. */
    public enum Reason {
        /** not well-formed XML */
        MALFORMED_XML,
        /** a DOCTYPE, entity declaration or external reference: refused outright (entity-expansion bombs) */
        FORBIDDEN_XML_CONSTRUCT,
        /** well-formed XML, but not an Akoma Ntoso resolution or draft */
        NOT_A_RESOLUTION,
        /** not a ZIP archive, or a ZIP without a Word document in it */
        NOT_A_DOCX,
        /** too many bytes, too many entries, or an entry that inflates suspiciously (zip bomb) */
        TOO_LARGE
    }

    private final Reason reason;

    public DocumentFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DocumentFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
