/**
 * Amendments: proposing them as word and paragraph operations against a version, competition between pending amendments ({@code model.Footprint}), carrying them over to a new version ({@code model.ReAnchoring}), decisions, symbols, and the order of voting on them.
 */
package org.draftroom.amendment;
