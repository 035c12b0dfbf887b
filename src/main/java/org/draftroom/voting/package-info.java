/**
 * Voting: ballots by Member State and the one reading of them ({@link org.draftroom.voting.BallotSheet}, with one set
 * of problem types whatever the question), tallies and the decisions recorded for a draft. The order of voting on
 * amendments and divisions is {@code amendment.action}.
 */
package org.draftroom.voting;
