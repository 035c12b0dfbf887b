package org.draftroom.document.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.draftroom.document.compare.ChangeType;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.DiffOp;
import org.draftroom.document.compare.DiffSegment;
import org.draftroom.document.compare.DocumentComparer;
import org.draftroom.document.compare.ParagraphChange;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.parse.SponsorList;

/**
 * An amendment as the UN issues a written amendment (A/C.3/80/L.61): its symbol, the proposing States, the
 * draft it amends, and one instruction per change, each under the paragraph it changes:
 * "Operative paragraph 5" / "Replace “four-year” with “five-year”".
 *
 * @param symbol       the amendment's symbol, or null before one is issued
 * @param reference    how it is referred to without a symbol ("amendment 3")
 * @param proposers    the proposing State first, then its co-sponsors, by name
 * @param date         the day it was submitted
 * @param draft        the draft's metadata (symbol, session, committee, agenda item, title)
 * @param instructions what it does, paragraph by paragraph, in the order of the draft
 */
public record WrittenAmendment(String symbol, String reference, List<String> proposers, LocalDate date,
                               DocumentMetadata draft, List<Instruction> instructions) {

    /** One change: the paragraph it concerns ("Operative paragraph 5") and what to do ("Replace “a” with “b”"). */
    public record Instruction(String paragraph, List<String> actions) {
        public Instruction {
            actions = List.copyOf(actions);
        }
    }

    public WrittenAmendment {
        proposers = List.copyOf(proposers);
        instructions = List.copyOf(instructions);
    }

    /** Words kept either side of an insertion to say where it goes ("after “on a”"). */
    static final int CONTEXT_WORDS = 3;

    /** The amendment that turns {@code draft} into {@code amended}. */
    public static WrittenAmendment of(String symbol, String reference, List<String> proposers, LocalDate date,
            Document draft, Document amended) {
        Comparison c = DocumentComparer.compareVersions(draft, amended);
        List<Instruction> out = new ArrayList<>();
        for (ParagraphChange row : c.changes()) {
            switch (row.type()) {
                case UNCHANGED -> { }
                case INSERTED -> out.add(new Instruction(paragraph(row.afterLabel()) + " (new)",
                        List.of("Insert a new paragraph reading: \u201C" + row.insertedText() + "\u201D")));
                case DELETED -> out.add(new Instruction(paragraph(row.beforeLabel()), List.of("Delete the paragraph")));
                case MOVED, CHANGED -> {
                    List<String> actions = new ArrayList<>();
                    if (row.type() == ChangeType.MOVED) {
                        actions.add("Move the paragraph to become " + paragraph(row.afterLabel()).toLowerCase(Locale.ROOT));
                    }
                    actions.addAll(wordActions(row.segments()));
                    out.add(new Instruction(paragraph(row.beforeLabel()), actions));
                }
                default -> throw new IllegalStateException("unknown change " + row.type());
            }
        }
        return new WrittenAmendment(symbol, reference, proposers, date, draft.metadata(), out);
    }

    /** "Mexico and Brazil: amendment to draft resolution A/C.3/80/L.20". */
    public String heading() {
        String draftSymbol = draft.effectiveSymbol();
        return SponsorList.format(proposers) + ": amendment" + " to draft resolution"
                + (draftSymbol == null ? "" : " " + draftSymbol);
    }

    /** "OP5" → "Operative paragraph 5", "PP3" → "Preambular paragraph 3", "OP2(a)" → "Operative paragraph 2 (a)". */
    static String paragraph(String label) {
        if (label == null) {
            return "Paragraph";
        }
        String kind = label.startsWith("PP") ? "Preambular paragraph " : label.startsWith("OP") ? "Operative paragraph " : "Paragraph ";
        String rest = label.startsWith("PP") || label.startsWith("OP") ? label.substring(2) : label;
        return kind + rest.replaceFirst("\\(", " (");
    }

    /** Each run of changed words: Replace, Insert … after/before …, or Delete, with the words quoted. */
    static List<String> wordActions(List<DiffSegment> segments) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            if (segments.get(i).op() == DiffOp.EQUAL) {
                i++;
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            String before = i > 0 ? segments.get(i - 1).text() : "";
            while (i < segments.size() && segments.get(i).op() != DiffOp.EQUAL) {
                (segments.get(i).op() == DiffOp.DELETE ? deleted : inserted).append(segments.get(i).text());
                i++;
            }
            String after = i < segments.size() ? segments.get(i).text() : "";
            String del = deleted.toString().strip();
            String ins = inserted.toString().strip();
            if (!del.isEmpty() && !ins.isEmpty()) {
                out.add("Replace \u201C" + del + "\u201D with \u201C" + ins + "\u201D");
            } else if (!del.isEmpty()) {
                out.add("Delete \u201C" + del + "\u201D");
            } else if (!before.isBlank()) {
                out.add("Insert \u201C" + ins + "\u201D after \u201C" + lastWords(before) + "\u201D");
            } else {
                out.add("Insert \u201C" + ins + "\u201D before \u201C" + firstWords(after) + "\u201D");
            }
        }
        return out;
    }

    private static String lastWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - CONTEXT_WORDS), words.length));
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, CONTEXT_WORDS)));
    }
}
