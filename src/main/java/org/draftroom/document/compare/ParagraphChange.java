package org.draftroom.document.compare;

import java.util.List;
import org.draftroom.document.model.ParagraphId;

/**
 * One row of a comparison. For INSERTED the before fields are null, for DELETED the after fields.
 *
 * @param similarity word similarity 0..1 of the two texts (1 for identical, 0 when one side is missing)
 * @param segments   word diff of the full texts (opening phrase + text); for INSERTED/DELETED one segment
 */
public record ParagraphChange(
        ChangeType type,
        ParagraphId beforeId,
        String beforeLabel,
        ParagraphId afterId,
        String afterLabel,
        double similarity,
        List<DiffSegment> segments) {

    public ParagraphChange {
        segments = List.copyOf(segments);
    }

    public boolean hasWordChanges() {
        return segments.stream().anyMatch(s -> s.op() != DiffOp.EQUAL);
    }

    public String insertedText() {
        return join(DiffOp.INSERT);
    }

    public String deletedText() {
        return join(DiffOp.DELETE);
    }

    private String join(DiffOp op) {
        StringBuilder b = new StringBuilder();
        segments.stream().filter(s -> s.op() == op).forEach(s -> b.append(s.text()));
        return b.toString().strip();
    }
}
