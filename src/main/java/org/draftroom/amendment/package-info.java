/**
 * Amendments: proposing them as word and paragraph operations against a version, competition between pending amendments ({@code model.Footprint}), carrying them over to a new version ({@code model.ReAnchoring}), decisions and symbols.
 * Everything the Committee votes on at action besides the draft itself (the order of voting, requests for division,
 * votes on amendments) is in {@code action}.
 */
package org.draftroom.amendment;
