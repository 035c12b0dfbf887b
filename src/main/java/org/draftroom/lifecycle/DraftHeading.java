package org.draftroom.lifecycle;

import org.draftroom.document.parse.SponsorList;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sponsor lines of a draft as UN documents print them: main sponsors in English
 * alphabetical order before ": draft resolution" (": revised draft resolution" for a Rev.), and
 * the States that joined after tabling as the Committee's report lists them.
 */
public final class DraftHeading {
    private DraftHeading() {
    }

    /** Names in English alphabetical order, accents and case ignored ("Côte d'Ivoire" before "Croatia"). */
    public static List<String> alphabetical(List<String> names) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(collator);
        return List.copyOf(sorted);
    }

    /** "Belarus, Russian Federation and Venezuela (Bolivarian Republic of): draft resolution". */
    public static String sponsorLine(List<String> mainSponsorNames, boolean revised) {
        return SponsorList.format(alphabetical(mainSponsorNames)) + (revised ? ": revised draft resolution" : ": draft resolution");
    }

    /** "Subsequently, Chile and Peru joined in sponsoring the draft resolution."; empty when nobody joined. */
    public static String subsequentlyJoined(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        return "Subsequently, " + SponsorList.format(alphabetical(names)) + " joined in sponsoring the draft resolution.";
    }
}
