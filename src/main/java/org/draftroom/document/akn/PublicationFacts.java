package org.draftroom.document.akn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.VoteRecord;

/**
 * Lifecycle facts that a document's text does not carry but its exports describe: the symbol of the
 * version, the workflow steps so far, how it was adopted and who sponsors it. The lifecycle feature fills
 * this in; {@link #derivedFrom(Document)} makes a best guess from the document's own head.
 *
 * @param symbol   symbol of this version ("A/C.3/80/L.20/Rev.1"), or null
 * @param steps    workflow steps in order (tabled, revised, Committee action, plenary adoption)
 * @param outcome  how the text was adopted, or null while nobody has acted on it
 * @param sponsors all sponsoring States (main sponsors and co-sponsors), exact names
 * @param version  which version of the draft this is, or null when unknown (a file, a seed)
 * @param votes    every decision of the record up to this version, in procedural order (Committee and
 *                 plenary, amendments, divisions, motions), with the per-State ballots of recorded votes
 */
public record PublicationFacts(String symbol, List<WorkflowStep> steps, VotingOutcome outcome, List<String> sponsors,
                               Version version, List<VoteRecord> votes) {

    public PublicationFacts {
        steps = steps == null ? List.of() : List.copyOf(steps);
        sponsors = sponsors == null ? List.of() : List.copyOf(sponsors);
        votes = votes == null ? List.of() : List.copyOf(votes);
    }

    public PublicationFacts(String symbol, List<WorkflowStep> steps, VotingOutcome outcome, List<String> sponsors) {
        this(symbol, steps, outcome, sponsors, null, List.of());
    }

    /**
     * The version of a draft: its number, and whether another version of the draft bears the same date (then
     * the expression IRI carries the number after the date).
     */
    public record Version(int number, boolean sharesDate) {
        public Version {
            if (number < 1) {
                throw new IllegalArgumentException("version numbers start at 1");
            }
        }
    }

    /**
     * One step of the workflow.
     *
     * @param name      AKN4UN step name: "draftResolution", "revisedDraftResolution", "committeeAction", "adopted"
     * @param reference symbol of the document or meeting record of the step ("A/C.3/80/L.20", "A/80/PV.53"), or null
     * @param date      when it happened
     */
    public record WorkflowStep(String name, String reference, LocalDate date) {
        public WorkflowStep {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
            if (!AknNames.isName(name)) {
                throw new IllegalArgumentException("step name must be a plain word: " + name);
            }
        }
    }

    /** Adopted without a vote, or by a recorded vote with its counts. */
    public record VotingOutcome(boolean withoutVote, int yes, int no, int abstentions) {
        public VotingOutcome {
            if (yes < 0 || no < 0 || abstentions < 0) {
                throw new IllegalArgumentException("vote counts must not be negative");
            }
            if (withoutVote && yes + no + abstentions > 0) {
                throw new IllegalArgumentException("an adoption without a vote has no counts");
            }
        }

        public static VotingOutcome adoptedWithoutVote() {
            return new VotingOutcome(true, 0, 0, 0);
        }

        public static VotingOutcome recorded(int yes, int no, int abstentions) {
            return new VotingOutcome(false, yes, no, abstentions);
        }

        /** Adopted: without a vote, or more votes in favour than against. */
        public boolean adopted() {
            return withoutVote || yes > no;
        }
    }

    public static PublicationFacts none() {
        return new PublicationFacts(null, List.of(), null, List.of());
    }

    /**
     * What the document itself says: its symbol, a tabling step for a dated draft, an adoption step for an
     * adopted resolution (no voting outcome: the text does not say how it was adopted), its main sponsors.
     */
    public static PublicationFacts derivedFrom(Document d) {
        DocumentMetadata m = d.metadata();
        List<WorkflowStep> steps = new ArrayList<>();
        Adoption a = m.adoption();
        if (a == null && m.date() != null) {
            steps.add(new WorkflowStep("draftResolution", m.symbol(), m.date()));
        }
        if (a != null && a.adoptionDate() != null) {
            steps.add(new WorkflowStep("adopted", a.resolutionSymbol(), a.adoptionDate()));
        }
        return new PublicationFacts(m.effectiveSymbol(), steps, null, m.mainSponsors());
    }

    public PublicationFacts withOutcome(VotingOutcome newOutcome) {
        return new PublicationFacts(symbol, steps, newOutcome, sponsors, version, votes);
    }

    public PublicationFacts withSymbol(String newSymbol) {
        return new PublicationFacts(newSymbol, steps, outcome, sponsors, version, votes);
    }

    public PublicationFacts withVersion(Version newVersion) {
        return new PublicationFacts(symbol, steps, outcome, sponsors, newVersion, votes);
    }

    public PublicationFacts withVotes(List<VoteRecord> newVotes) {
        return new PublicationFacts(symbol, steps, outcome, sponsors, version, newVotes);
    }
}
