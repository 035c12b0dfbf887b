package org.draftroom.document.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Labeller;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.parse.SponsorList;
import org.draftroom.document.text.Ordinals;
import org.draftroom.document.text.UnDates;

/**
 * Test utility: writes a document the way text extraction from a UN PDF gives it — lines wrapped at
 * ~90 characters, no italics, footnote markers as plain numbers set off by spaces, footnotes at the foot
 * of the page where they are first referenced (under a "____" rule, each number on its own line),
 * page footers with job number, date code and barcode, running heads, form feeds between pages.
 */
public final class PdfLayoutWriter {

    private static final int WIDTH = 90;
    private static final int PAGE_LINES = 52;
    private static final String INDENT = "          ";
    private static final Pattern MARK = Pattern.compile("\\{fn(\\d+)\\}");

    private final Document doc;
    private final String symbol;
    private final String job;
    private final String dateCode;
    private final int width;
    private final boolean hyphenate;
    private final List<List<String>> pages = new ArrayList<>();
    private List<String> body = new ArrayList<>();
    private List<String> notes = new ArrayList<>();
    private final Set<Integer> placed = new LinkedHashSet<>();

    private PdfLayoutWriter(Document doc, String symbol, String job, String dateCode, int width, boolean hyphenate) {
        this.width = width;
        this.hyphenate = hyphenate;
        this.doc = doc;
        this.symbol = symbol;
        this.job = job;
        this.dateCode = dateCode;
    }

    /** @param job job number like "17-22893"; dateCode like "230118" */
    public static String write(Document doc, String symbol, String job, String dateCode) {
        return new PdfLayoutWriter(doc, symbol, job, dateCode, WIDTH, false).write();
    }

    /**
     * The same in a narrow column of {@code width} characters, as a two-column or small-format PDF lays it:
     * compounds break after their hyphen ("victim-" / "centred") and long words are hyphenated
     * ("implemen-" / "tation").
     */
    public static String writeNarrow(Document doc, String symbol, String job, String dateCode, int width) {
        return new PdfLayoutWriter(doc, symbol, job, dateCode, width, true).write();
    }

    private String write() {
        head();
        List<String> labels = doc.labels();
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            paragraph(doc.paragraphs().get(i), labels.get(i));
        }
        Adoption a = doc.metadata().adoption();
        if (a != null && a.plenaryMeeting() != null) {
            line("");
            line(right(a.plenaryMeeting()));
            line(right(UnDates.format(a.adoptionDate())));
        }
        pages.add(finishPage());
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0) {
                out.append('\f');
            }
            if (p > 0) {
                out.append(p % 2 == 1 ? symbol : right(doc.metadata().title())).append("\n\n");
            }
            pages.get(p).forEach(l -> out.append(l).append('\n'));
            out.append('\n');
            String pageNo = (p + 1) + "/" + pages.size();
            if (p == 0) {
                out.append(job).append(" (E)    ").append(dateCode).append('\n');
                out.append("*").append(job.replace("-", "")).append("*\n");
            } else if (p % 2 == 1) {
                out.append(pageNo).append(" ".repeat(WIDTH - pageNo.length() - job.length())).append(job).append('\n');
            } else {
                out.append(job).append(" ".repeat(WIDTH - pageNo.length() - job.length())).append(pageNo).append('\n');
            }
        }
        return out.toString();
    }

    private void head() {
        DocumentMetadata m = doc.metadata();
        line(twoColumns("United Nations", symbol));
        line(twoColumns(m.organ(), "Distr.: " + m.distribution().printed()));
        line(right(UnDates.format(m.date())));
        if (m.originalLanguage() != null) {
            line("");
            line(right("Original: " + m.originalLanguage()));
        }
        line("");
        line(Ordinals.words(m.session()) + " session");
        Adoption a = m.adoption();
        if (a == null && m.committee() != null) {
            line(m.committee());
        }
        line("Agenda item " + m.agendaItemNumber());
        if (m.agendaItemTitle() != null) {
            line(m.agendaItemTitle());
        }
        line("");
        if (a != null) {
            line(INDENT + "Resolution adopted by the General Assembly on " + UnDates.format(a.adoptionDate()));
            String para = a.reportParagraph() == null ? "" : ", para. " + a.reportParagraph();
            line(INDENT + "[on the report of the " + m.committee() + " (" + a.reportSymbol() + para + ")]");
            line("");
            wrap(a.resolutionNumber() + ". " + m.title(), "", "", false).forEach(this::line);
        } else {
            wrap(SponsorList.format(m.mainSponsors()) + ": draft resolution", INDENT, INDENT, false).forEach(this::line);
            line("");
            wrap(m.title(), INDENT, INDENT, false).forEach(this::line);
        }
        line("");
        line(INDENT + "The General Assembly,");
        line("");
    }

    private void paragraph(Paragraph p, String label) {
        StringBuilder text = new StringBuilder();
        String number = p.depth() > 0 || p.kind() == ParagraphKind.OPERATIVE
                ? Labeller.printedNumber(label, p) + (p.depth() == 0 ? "." : "") : null;
        String full = p.fullText();
        int offset = p.textOffset();
        int last = 0;
        for (FootnoteRef r : p.footnoteRefs()) {
            text.append(full, last, offset + r.offset()).append(" {fn").append(r.number()).append('}');
            last = offset + r.offset();
        }
        text.append(full.substring(last));
        String first = number == null ? INDENT : INDENT + number + "    ";
        for (String l : wrap(text.toString(), first, "")) {
            line(l);
        }
    }

    private void line(String raw) {
        List<Integer> fresh = new ArrayList<>();
        Matcher m = MARK.matcher(raw);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!placed.contains(n) && !fresh.contains(n)) {
                fresh.add(n);
            }
        }
        List<String> extra = new ArrayList<>();
        for (int n : fresh) {
            Footnote f = doc.footnote(n).orElseThrow();
            extra.add(INDENT + n);
            extra.addAll(wrap(f.text(), INDENT + "    ", INDENT + "    "));
        }
        int ruleLines = notes.isEmpty() && !extra.isEmpty() ? 2 : 0;
        if (body.size() + 1 + notes.size() + extra.size() + ruleLines > PAGE_LINES && !body.isEmpty()) {
            pages.add(finishPage());
        }
        placed.addAll(fresh);
        body.add(m.replaceAll("$1"));
        notes.addAll(extra);
    }

    private List<String> finishPage() {
        List<String> page = new ArrayList<>(body);
        if (!notes.isEmpty()) {
            page.add("");
            page.add(INDENT + "__________________");
            page.addAll(notes);
        }
        body = new ArrayList<>();
        notes = new ArrayList<>();
        return page;
    }

    private List<String> wrap(String text, String firstPrefix, String restPrefix) {
        return wrap(text, firstPrefix, restPrefix, hyphenate);
    }

    private List<String> wrap(String text, String firstPrefix, String restPrefix, boolean hyphenate) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder(firstPrefix);
        boolean empty = true;
        java.util.ArrayDeque<String> words = new java.util.ArrayDeque<>(List.of(text.split(" ")));
        while (!words.isEmpty()) {
            String word = words.poll();
            int visible = MARK.matcher(word).replaceAll("$1").length();
            if (!empty && cur.length() + 1 + visible > width && hyphenate) {
                int room = width - cur.length() - 1;
                int cut = cut(word, room);
                if (cut > 0) {
                    String head = word.substring(0, cut);
                    cur.append(' ').append(head.endsWith("-") ? head : head + "-");
                    out.add(cur.toString());
                    cur = new StringBuilder(restPrefix);
                    words.push(word.substring(cut));
                    empty = true;
                    continue;
                }
            }
            if (!empty && cur.length() + 1 + visible > width) {
                out.add(cur.toString());
                cur = new StringBuilder(restPrefix);
                empty = true;
            }
            if (!empty) {
                cur.append(' ');
            }
            cur.append(word);
            empty = false;
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * Where to break a word that does not fit in {@code room} characters: just after a hyphen of a compound, or
     * inside a long plain word (keeping three letters either side, the hyphen added); 0 for no break.
     */
    private static int cut(String word, int room) {
        if (MARK.matcher(word).find()) {
            return 0;
        }
        int hyphen = word.lastIndexOf('-', Math.min(word.length() - 2, room - 1));
        if (hyphen > 0 && Character.isLetter(word.charAt(hyphen - 1)) && Character.isLetter(word.charAt(hyphen + 1))) {
            return hyphen + 1;
        }
        if (word.length() < 8 || !word.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        int at = Math.min(room - 1, word.length() - 3);
        return at >= 3 ? at : 0;
    }

    private static String twoColumns(String left, String right) {
        return left + " ".repeat(Math.max(3, WIDTH - left.length() - right.length())) + right;
    }

    private static String right(String text) {
        return " ".repeat(Math.max(0, WIDTH - text.length())) + text;
    }
}
