/**
 * The life of a draft: its stages ({@link org.draftroom.draft.model.Stage}) and the procedural steps (tabling, revisions, oral revisions, action, report, plenary), run by the BPMN process {@code workflows/draft-lifecycle.bpmn20.xml} with thin delegates ({@code engine}).
 */
package org.draftroom.lifecycle;
