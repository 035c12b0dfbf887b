package org.draftroom.document.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits "Belarus, Russian Federation and Venezuela (Bolivarian Republic of)" into exact names.
 * Names that contain " and " themselves ("Trinidad and Tobago") are kept whole.
 */
public final class SponsorList {

    private static final List<String> NAMES_WITH_AND = List.of(
            "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis",
            "Saint Vincent and the Grenadines", "Sao Tome and Principe", "Trinidad and Tobago",
            "United Kingdom of Great Britain and Northern Ireland", "Heard Island and McDonald Islands",
            "Turks and Caicos Islands", "Wallis and Futuna");

    private SponsorList() {
    }

    public static List<String> parse(String list) {
        List<String> parts = splitOutsideParens(list.strip(), ", ");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i).strip();
            if (i == parts.size() - 1) {
                if (part.startsWith("and ")) {
                    part = part.substring(4);
                }
                names.addAll(splitLastAnd(part));
            } else if (!part.isEmpty()) {
                names.add(part);
            }
        }
        return List.copyOf(names);
    }

    /** "A, B and C" — the inverse of {@link #parse(String)}. */
    public static String format(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static List<String> splitLastAnd(String part) {
        for (String known : NAMES_WITH_AND) {
            if (part.equals(known)) {
                return List.of(part);
            }
            if (part.endsWith(" and " + known)) {
                return List.of(part.substring(0, part.length() - known.length() - 5).strip(), known);
            }
        }
        List<String> pieces = splitOutsideParens(part, " and ");
        if (pieces.size() < 2) {
            return List.of(part);
        }
        String last = pieces.get(pieces.size() - 1);
        String first = part.substring(0, part.length() - last.length() - 5);
        return List.of(first.strip(), last.strip());
    }

    private static List<String> splitOutsideParens(String s, String sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && s.startsWith(sep, i)) {
                out.add(s.substring(from, i));
                from = i + sep.length();
                i = from - 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }
}
