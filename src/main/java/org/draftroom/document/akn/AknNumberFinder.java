package org.draftroom.document.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Finds a resolution's number ("76/186") in an Akoma Ntoso file written by another tool, wherever it put
 * it: a {@code <docNumber>} of any class ("76/186", "A/RES/76/186"), an {@code FRBRalias}, or the work IRI
 * ({@code /akn/un/statement/deliberation/un-ga/2021-12-16/76-186/!main}, {@code …/A-RES-76-186/…}).
 */
final class AknNumberFinder {
    private static final Pattern NUMBER = Pattern.compile("(?:A/RES/)?(\\d{1,3})/(\\d{1,4})(?:\\s*[A-Z])?");
    private static final Pattern IRI_NUMBER = Pattern.compile("/(?:A-RES-)?(\\d{1,3})-(\\d{1,4})(?:/|$)");

    private AknNumberFinder() {
    }

    static Optional<String> resolutionNumber(Element statement, Element meta) {
        List<String> candidates = new ArrayList<>();
        for (Element n : Dom.find(statement, "docNumber", null, null)) {
            candidates.add(n.getTextContent());
        }
        for (Element alias : Dom.find(meta, "FRBRalias", null, null)) {
            candidates.add(alias.getAttribute("value"));
        }
        for (String candidate : candidates) {
            Matcher m = NUMBER.matcher(candidate.strip());
            if (m.matches()) {
                return Optional.of(m.group(1) + "/" + m.group(2));
            }
        }
        for (String tag : List.of("FRBRthis", "FRBRuri")) {
            for (Element iri : Dom.find(meta, tag, null, null)) {
                Matcher m = IRI_NUMBER.matcher(iri.getAttribute("value"));
                if (m.find()) {
                    return Optional.of(m.group(1) + "/" + m.group(2));
                }
            }
        }
        return Optional.empty();
    }
}
