package org.draftroom.document.parse;

import static org.draftroom.document.parse.InlineMarkup.ITALIC;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.document.model.IdGenerator;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.text.UnDates;

/**
 * Turns body blocks into paragraphs: numbered blocks are operative paragraphs, "(a)" blocks are
 * sub-paragraphs, other blocks are preambular paragraphs — or the continuation of the previous
 * paragraph when a page break cut it (the previous text doesn't end in , ; : . or the block starts in
 * lower case). Also takes the "53rd plenary meeting / 16 December 2021" footer off the end.
 */
final class ParagraphAssembler {

    private static final Pattern OP_LABEL = Pattern.compile("^(\\d{1,3})(?: [a-z]+)?\\.\\s+");
    private static final Pattern SUB_LABEL = Pattern.compile("^\\(([a-z]{1,5})(?: [a-z]+)?\\)\\s+");
    private static final Pattern PLENARY = Pattern.compile("^(\\d+(?:st|nd|rd|th) plenary meeting)\\b[\\s,]*(.*)$");
    private static final Pattern ROMAN = Pattern.compile("^[ivxlc]+$");

    private ParagraphAssembler() {
    }

    record Tail(String plenaryMeeting, LocalDate date) {
    }

    record Result(List<PendingParagraph> paragraphs, Tail tail) {
    }

    static Result assemble(List<String> blocks, IdGenerator ids) {
        List<String> body = new ArrayList<>(blocks);
        Tail tail = takeTail(body);
        List<PendingParagraph> out = new ArrayList<>();
        PendingParagraph current = null;
        ParagraphKind section = ParagraphKind.PREAMBULAR;
        String lastLetter = null;
        for (String block : body) {
            Matcher op = OP_LABEL.matcher(block);
            Matcher sub = SUB_LABEL.matcher(block);
            if (op.find()) {
                section = ParagraphKind.OPERATIVE;
                current = new PendingParagraph(ids.next(), section, 0, unwrap(block.substring(op.end())));
                out.add(current);
                lastLetter = null;
            } else if (sub.find() && current != null) {
                String v = sub.group(1);
                int depth = 1;
                if (ROMAN.matcher(v).matches() && lastLetter != null && !nextLetter(lastLetter).equals(v)) {
                    depth = 2;
                } else {
                    lastLetter = v;
                }
                current = new PendingParagraph(ids.next(), section, depth, unwrap(block.substring(sub.end())));
                out.add(current);
            } else if (current != null && (section == ParagraphKind.OPERATIVE || continues(current, block))) {
                current.append(unwrap(block));
            } else {
                current = new PendingParagraph(ids.next(), section, 0, unwrap(block));
                out.add(current);
                lastLetter = null;
            }
        }
        return new Result(out, tail);
    }

    /** True if the block continues the paragraph: it was cut mid-sentence, or the block starts in lower case. */
    private static boolean continues(PendingParagraph p, String block) {
        String next = InlineMarkup.strip(block).strip();
        if (!next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        String prev = InlineMarkup.strip(p.marked()).strip();
        if (prev.isEmpty()) {
            return true;
        }
        char last = prev.charAt(prev.length() - 1);
        return ",;:.".indexOf(last) < 0;
    }

    private static String nextLetter(String letter) {
        char c = letter.charAt(0);
        return c == 'z' ? "aa" : String.valueOf((char) (c + 1)).repeat(letter.length());
    }

    /**
     * Removes italics wrapping a whole block ("*Urges Member States ... obligations;*"), an artefact of the
     * source; a short italic run at the start ("*Calls upon* Governments") is the opening phrase and stays.
     */
    static String unwrap(String block) {
        String s = block.strip();
        if (s.isEmpty() || s.charAt(0) != ITALIC) {
            return s;
        }
        int close = s.indexOf(ITALIC, 1);
        if (close > 0 && plausiblePhrase(s.substring(1, close))) {
            return s;
        }
        s = s.substring(1);
        if (!s.isEmpty() && s.charAt(s.length() - 1) == ITALIC) {
            s = s.substring(0, s.length() - 1);
        }
        long remaining = s.chars().filter(c -> c == ITALIC).count();
        if (remaining % 2 == 1) {
            s = s.replace(String.valueOf(ITALIC), "");
        }
        return s.strip();
    }

    /** An opening phrase is a few words, not a clause ending in punctuation, without footnote markers. */
    static boolean plausiblePhrase(String marked) {
        if (marked.indexOf(InlineMarkup.REF_OPEN) >= 0) {
            return false;
        }
        String t = InlineMarkup.strip(marked).strip();
        if (t.isEmpty() || ",;:.".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        return t.split("\\s+").length <= 8;
    }

    private static Tail takeTail(List<String> body) {
        String meeting = null;
        LocalDate date = null;
        for (int i = Math.max(0, body.size() - 3); i < body.size(); i++) {
            String t = InlineMarkup.strip(body.get(i)).strip();
            Matcher m = PLENARY.matcher(t);
            if (m.matches()) {
                meeting = m.group(1);
                date = UnDates.find(m.group(2)).orElse(null);
                List<String> rest = body.subList(i, body.size());
                for (String r : rest.subList(1, rest.size())) {
                    String rt = InlineMarkup.strip(r).strip();
                    if (date == null && UnDates.isDate(rt)) {
                        date = UnDates.find(rt).orElse(null);
                    }
                }
                rest.clear();
                break;
            }
        }
        return new Tail(meeting, date);
    }
}
