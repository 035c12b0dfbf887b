/**
 * Voting: ballots by Member State, tallies and the decisions recorded for a draft.
 */
package org.draftroom.voting;
