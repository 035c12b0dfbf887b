/**
 * The life of a draft: its stages ({@link org.draftroom.draft.model.Stage}) and the procedural steps (tabling, revisions, oral revisions, action, report, plenary), run by the BPMN process {@code workflows/draft-lifecycle.bpmn20.xml} with thin delegates ({@code engine}).
 * Who may take which step when is {@link org.draftroom.lifecycle.ActionPolicy}; for the steps on the list of
 * co-sponsors it asks the co-sponsorship rule through {@link org.draftroom.lifecycle.CoSponsorshipRule}, an
 * interface this feature owns and sponsorship answers.
 */
package org.draftroom.lifecycle;
