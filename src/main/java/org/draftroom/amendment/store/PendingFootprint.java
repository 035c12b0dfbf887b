package org.draftroom.amendment.store;

import org.draftroom.amendment.model.Footprint;

/**
 * A footprint of a pending amendment, as stored.
 *
 * @param sameText whether its positions were taken on the same paragraph text as the footprint it
 *                 was looked up for; when not, the amendment must be placed again on the current text
 */
public record PendingFootprint(int number, Integer parentNumber, Footprint footprint, boolean sameText) {
}
