/**
 * Sponsorship: main sponsors and co-sponsors of a draft, joining and leaving for one's own Member State, and the co-sponsorship deadline closed by a BPMN timer.
 * The co-sponsorship rule is {@code model.CoSponsorshipPolicy}; this feature answers the procedure's
 * {@code CoSponsorship} (the list's facts) and {@code CoSponsorshipRule} (the rule) interfaces.
 */
package org.draftroom.sponsorship;
