package org.draftroom.draft.web.exports;

import org.draftroom.document.akn.DocumentFormatException;
import org.draftroom.shared.Refusal;

/** Maps a refused upload to its problem: too large → 413, not a resolution → 422, anything else → 400. */
final class Refusals {

    private Refusals() {
    }

    static Refusal of(DocumentFormatException e) {
        Refusal r = switch (e.reason()) {
            case TOO_LARGE -> new Refusal(Refusal.Kind.TOO_LARGE, "file-too-large", "File too large", e.getMessage());
            case NOT_A_RESOLUTION -> Refusal.unprocessable("not-a-resolution", e.getMessage());
            case MALFORMED_XML -> Refusal.badRequest("malformed-xml", e.getMessage());
            case FORBIDDEN_XML_CONSTRUCT -> Refusal.badRequest("forbidden-xml", e.getMessage());
            case NOT_A_DOCX -> Refusal.badRequest("not-a-docx", e.getMessage());
        };
        return r.with("reason", e.reason().name());
    }
}
