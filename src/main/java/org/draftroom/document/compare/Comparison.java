package org.draftroom.document.compare;

import java.util.List;
import java.util.Optional;

/**
 * Result of comparing two documents: one row per paragraph in reading order of the later version,
 * with deleted paragraphs where they stood, and the footnotes added, changed, removed or renumbered.
 * Plain data, ready for JSON.
 */
public record Comparison(AlignmentMode mode, List<ParagraphChange> changes, List<FootnoteDifference> footnotes) {

    public Comparison {
        changes = List.copyOf(changes);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    /** Paragraphs only, no footnote compared. */
    public Comparison(AlignmentMode mode, List<ParagraphChange> changes) {
        this(mode, changes, List.of());
    }

    public long count(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }

    public List<ParagraphChange> ofType(ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).toList();
    }

    /** The row whose later-version label is {@code afterLabel}. */
    public Optional<ParagraphChange> byAfterLabel(String afterLabel) {
        return changes.stream().filter(c -> afterLabel.equals(c.afterLabel())).findFirst();
    }

    public Optional<ParagraphChange> byBeforeLabel(String beforeLabel) {
        return changes.stream().filter(c -> beforeLabel.equals(c.beforeLabel())).findFirst();
    }

    public boolean hasChanges() {
        return changes.stream().anyMatch(c -> c.type() != ChangeType.UNCHANGED) || !footnotes.isEmpty();
    }
}
