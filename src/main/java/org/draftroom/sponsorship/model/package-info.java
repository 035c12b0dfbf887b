/**
 * The co-sponsorship rule, plain Java ({@link org.draftroom.sponsorship.model.CoSponsorshipPolicy}): when a
 * draft's list of co-sponsors may change and who may join or leave it. The procedure asks it through its own
 * {@code lifecycle.CoSponsorshipRule}, answered by {@code sponsorship.CoSponsorshipPolicyForTheProcedure}.
 */
package org.draftroom.sponsorship.model;
