package org.draftroom.draft.app;

import java.util.List;
import org.draftroom.document.compare.AttributionStep;
import org.draftroom.draft.model.Draft;
import org.draftroom.draft.store.StoredVersion;

/**
 * Who made each version of a draft, from the record: the accepted or adopted amendments, revisions and
 * oral revisions that produced it. The amendments feature provides it; comparisons and tracked-changes
 * exports attribute every change with it.
 */
public interface ChangeSources {

    /**
     * The steps that lead from the first of {@code versions} to the last, each with the text it left and its
     * source; several steps for one version when it folds several decisions in (the text "as amended").
     *
     * @param versions consecutive versions of the draft, oldest first
     */
    List<AttributionStep> steps(Draft draft, List<StoredVersion> versions);
}
