package org.draftroom.amendment.store;

import org.draftroom.amendment.model.PlacedFootprint;

/** A footprint of pending amendment {@code number} (a sub-amendment of {@code parentNumber} when not null), as stored. */
public record StoredFootprint(int number, Integer parentNumber, PlacedFootprint placed) {
}
