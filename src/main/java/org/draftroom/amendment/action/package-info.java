/**
 * Action on amendments: the order of voting ({@code model.VotingOrder}, rules 129–131), requests for division
 * ({@code model.Division}, rule 129) and votes on amendments and divisions. The rules are in {@code model}; the use
 * cases ({@code app}): what is to be voted on ({@code ActionAgenda}), ordering the vote ({@code OrderingTheVote}),
 * keeping to that order ({@code VotingSequence}), voting on an amendment ({@code VotingOnAmendment}) and taking a
 * division ({@code TakingDivision}), every ballot read by {@code voting.BallotSheet} ({@code VoteRequest});
 * their routes are in {@code amendment.web} with the other amendment routes.
 */
package org.draftroom.amendment.action;
