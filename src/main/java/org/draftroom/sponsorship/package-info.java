/**
 * Sponsorship: main sponsors and co-sponsors of a draft, joining and leaving for one's own Member State, and the co-sponsorship deadline closed by a BPMN timer.
 */
package org.draftroom.sponsorship;
