package org.draftroom.agreedlanguage.web;

import java.util.List;
import java.util.Map;

/** What the negotiation-status API answers. */
final class NegotiationResponses {
    private NegotiationResponses() {
    }

    /** @param brackets the disputed words; {@code status} "open", "agreed ad ref" or "bracketed" */
    record StatusRequest(String status, List<String> brackets, String reason) {
    }

    /**
     * @param text   the paragraph as the compilation prints it, disputed words in [square brackets]
     * @param reset  it had a status that no longer holds: its words changed since
     * @param origin where its words come from ("verbatim", "modified", "new") and {@code source} the closest
     */
    record CompiledParagraph(String id, String label, String status, String text, List<String> brackets, boolean reset,
                             Integer markedOn, String changedBy, String reason, String etag, String origin, String source) {
    }

    /** @param byStatus the labels under each status, in text order; {@code counts} how many */
    record CompilationResponse(long draftId, int version, String versionLabel, Map<String, Integer> counts,
                               Map<String, List<String>> byStatus, List<CompiledParagraph> paragraphs) {
    }

    record StatusResponse(String id, String label, String status, List<String> brackets, String text, String reason,
                          String changedBy, String etag) {
    }
}
