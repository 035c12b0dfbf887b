package org.draftroom.voting;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Who voted how in a recorded vote, as the UN lists it: "In favour:", "Against:", "Abstaining:",
 * each list of States in English alphabetical order, then the tally. States absent are not listed.
 *
 * @param inFavour   names of the States that voted Yes
 * @param against    names of the States that voted No
 * @param abstaining names of the States that abstained
 */
public record VoteListing(List<String> inFavour, List<String> against, List<String> abstaining) {

    /** @param names the name of a State (as of the session) for its alpha-3 code */
    public static VoteListing of(Map<String, Ballot> ballots, Function<String, String> names) {
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        List<String> abstain = new ArrayList<>();
        ballots.forEach((code, ballot) -> {
            switch (ballot) {
                case YES -> yes.add(names.apply(code));
                case NO -> no.add(names.apply(code));
                case ABSTAIN -> abstain.add(names.apply(code));
                case ABSENT -> { }
            }
        });
        return new VoteListing(sorted(yes), sorted(no), sorted(abstain));
    }

    /** "120 in favour, 10 against and 30 abstentions" (as the tally is given in a Committee's report). */
    public String tally() {
        return inFavour.size() + " in favour, " + against.size() + " against and " + abstaining.size()
                + (abstaining.size() == 1 ? " abstention" : " abstentions");
    }

    /** The three lists as printed, each heading on its own line followed by its States, then the tally. */
    public String printed() {
        return "In favour:\n" + line(inFavour) + "\nAgainst:\n" + line(against) + "\nAbstaining:\n" + line(abstaining)
                + "\n" + Character.toUpperCase(tally().charAt(0)) + tally().substring(1) + ".";
    }

    private static String line(List<String> names) {
        return names.isEmpty() ? "None" : String.join(", ", names);
    }

    /** English alphabetical order as the UN sorts names: accents and case ignored ("Côte d'Ivoire" after "Costa Rica"). */
    static List<String> sorted(List<String> names) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        List<String> out = new ArrayList<>(names);
        out.sort(collator);
        return List.copyOf(out);
    }
}
