package org.draftroom.amendment.action.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.amendment.model.Amendment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposed order of voting at action (rules 129–131): amendments before the proposal; among
 * amendments to the same paragraph the one furthest removed in substance first (deleting a
 * paragraph, then rewriting it, then inserting or moving one, then changing words), and in the order
 * submitted when equally far; a sub-amendment just before the amendment it amends; requests for
 * division after the amendments and before the draft as a whole. Paragraphs are taken in the
 * order of the text. The secretariat may reorder; {@link #reordered} keeps its order.
 */
public final class VotingOrder {
    private VotingOrder() {
    }

    /** The reference of the proposal itself in the order of voting. */
    public static final String PROPOSAL = "P";

    /**
     * One vote to take: a procedural motion ("M1", type NO_ACTION_MOTION), an amendment ("A3"), a division
     * ("D1") or the proposal as a whole ("P", type PROPOSAL).
     */
    public record Item(String ref, String type, int number, String paragraph, int distance, String status, Integer amends) {
    }

    /** A no-action motion: voted before anything else on the draft (rule 116). */
    public static Item motion(int number, String status) {
        return new Item("M" + number, "NO_ACTION_MOTION", number, null, 0, status, null);
    }

    /** The whole order: motions first, then the amendments and divisions, then the proposal as a whole. */
    public static List<Item> withMotionsAndProposal(List<Item> motions, List<Item> votes, String proposalStatus) {
        List<Item> out = new ArrayList<>(motions);
        out.addAll(votes);
        out.add(new Item(PROPOSAL, "PROPOSAL", 0, null, 0, proposalStatus, null));
        return out;
    }

    public static List<Item> propose(Document text, List<Amendment> amendments, List<Division> divisions) {
        Map<Integer, List<Amendment>> subs = new HashMap<>();
        List<Amendment> main = new ArrayList<>();
        for (Amendment a : amendments) {
            if (a.isSubAmendment()) {
                subs.computeIfAbsent(a.parentNumber(), k -> new ArrayList<>()).add(a);
            } else {
                main.add(a);
            }
        }
        Comparator<Amendment> furthestFirst = Comparator.comparingInt(Amendment::distance).reversed()
                .thenComparingInt(Amendment::number);
        main.sort(Comparator.comparingInt((Amendment a) -> position(text, a)).thenComparing(furthestFirst));
        List<Item> out = new ArrayList<>();
        for (Amendment a : main) {
            List<Amendment> mine = new ArrayList<>(subs.getOrDefault(a.number(), List.of()));
            mine.sort(furthestFirst);
            for (Amendment s : mine) {
                out.add(item(text, s));
            }
            out.add(item(text, a));
            subs.remove(a.number());
        }
        subs.values().stream().flatMap(List::stream).sorted(furthestFirst).forEach(s -> out.add(item(text, s)));
        divisions.stream().sorted(Comparator.comparingInt((Division d) -> index(text, d.paragraph())).thenComparingInt(Division::number))
                .forEach(d -> out.add(new Item("D" + d.number(), "DIVISION", d.number(), label(text, d.paragraph(), d.label()), 0,
                        d.status(), null)));
        return out;
    }

    /** The secretariat's order first (what still exists of it), then anything new in the proposed order. */
    public static List<Item> reordered(List<Item> proposed, List<String> chosen) {
        Map<String, Item> byRef = new LinkedHashMap<>();
        proposed.forEach(i -> byRef.put(i.ref(), i));
        List<Item> out = new ArrayList<>();
        for (String ref : chosen) {
            Item i = byRef.remove(ref);
            if (i != null) {
                out.add(i);
            }
        }
        out.addAll(byRef.values());
        return out;
    }

    private static Item item(Document text, Amendment a) {
        ParagraphId first = a.operations().get(0).paragraph();
        return new Item("A" + a.number(), "AMENDMENT", a.number(), label(text, first, a.operations().get(0).label()),
                a.distance(), a.status().name(), a.parentNumber());
    }

    /** Where in the text an amendment bites: the top-level paragraph of its first target in text order. */
    static int position(Document text, Amendment a) {
        return a.operations().stream().mapToInt(op -> index(text, op.paragraph())).min().orElse(Integer.MAX_VALUE);
    }

    private static int index(Document text, ParagraphId id) {
        int i = text.indexOf(id);
        if (i < 0) {
            return Integer.MAX_VALUE;
        }
        while (i > 0 && text.paragraphs().get(i).depth() > 0) {
            i--;
        }
        return i;
    }

    private static String label(Document text, ParagraphId id, String otherwise) {
        return text.paragraph(id).isPresent() ? text.labelOf(id) : otherwise;
    }
}
