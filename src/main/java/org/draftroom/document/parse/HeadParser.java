package org.draftroom.document.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.document.model.Adoption;
import org.draftroom.document.model.Distribution;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.text.Ordinals;
import org.draftroom.document.text.UnDates;

/** Reads metadata from the head cells (everything before "The General Assembly,"). */
final class HeadParser {

    private static final Pattern SYMBOL = Pattern.compile("^[A-Z]{1,6}(?:/[A-Za-z0-9.\\-]+)+$");
    private static final Pattern SESSION = Pattern.compile("^(\\S+) session$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMITTEE = Pattern.compile("^(?:[A-Z][a-z]+ )?(?:Main )?Committee$");
    private static final Pattern AGENDA = Pattern.compile("^Agenda items? (\\d+)\\b\\s*(.*)$");
    private static final Pattern ADOPTED = Pattern.compile("^Resolution adopted by the General Assembly\\b.*");
    private static final Pattern REPORT = Pattern.compile(
            "^\\[\\s*on the report of the (.+?) \\(([^,)]+)(?:, paras?\\. (\\d+))?\\)\\s*\\]$");
    private static final Pattern RESOLUTION = Pattern.compile("^(\\d+/\\d+)\\.\\s+(.*)$");
    private static final Pattern DRAFT = Pattern.compile("(?i).*draft (?:resolution|decision)$");
    private static final List<String> ORGANS = List.of("General Assembly", "Security Council",
            "Economic and Social Council", "Human Rights Council");

    private HeadParser() {
    }

    static DocumentMetadata parse(List<String> cells) {
        String organ = null;
        String symbol = null;
        Distribution distribution = null;
        LocalDate date = null;
        String original = null;
        Integer session = null;
        String committee = null;
        Integer agendaNumber = null;
        String agendaTitle = null;
        String title = null;
        List<String> sponsors = List.of();
        String resolutionNumber = null;
        LocalDate adopted = null;
        String reportSymbol = null;
        Integer reportParagraph = null;
        boolean isResolution = false;

        int draftCell = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (DRAFT.matcher(cells.get(i)).matches()) {
                draftCell = i;
                break;
            }
            if (i + 1 < cells.size() && cells.get(i + 1).matches("(?i)(?:draft )?(?:resolution|decision)")
                    && DRAFT.matcher(cells.get(i) + " " + cells.get(i + 1)).matches()) {
                draftCell = i + 1; // "...: draft" / "resolution" wrapped
                break;
            }
        }
        int sponsorStart = -1;
        int i = 0;
        while (i < cells.size()) {
            String c = cells.get(i);
            Matcher m;
            if (c.equals("United Nations")) {
                i++;
            } else if (symbol == null && SYMBOL.matcher(c).matches() && !c.matches("\\d+/\\d+")) {
                symbol = c;
                i++;
            } else if (organ == null && ORGANS.contains(c)) {
                organ = c;
                i++;
            } else if (c.startsWith("Distr.")) {
                String value = c.substring(c.indexOf(':') + 1).strip();
                LocalDate inline = UnDates.find(value).orElse(null);
                if (inline != null) {
                    date = inline;
                    value = UnDates.DATE.matcher(value).replaceAll("").strip();
                }
                distribution = Distribution.fromPrinted(value).orElse(null);
                i++;
            } else if (date == null && UnDates.isDate(c)) {
                date = UnDates.find(c).orElse(null);
                i++;
            } else if (c.startsWith("Original:")) {
                original = c.substring("Original:".length()).strip();
                i++;
            } else if ((m = SESSION.matcher(c)).matches() && Ordinals.parse(m.group(1)).isPresent()) {
                session = Ordinals.parse(m.group(1)).getAsInt();
                i++;
            } else if (committee == null && agendaNumber == null && COMMITTEE.matcher(c).matches()) {
                committee = c;
                i++;
            } else if ((m = AGENDA.matcher(c)).matches()) {
                agendaNumber = Integer.parseInt(m.group(1));
                List<String> t = new ArrayList<>();
                if (!m.group(2).isBlank()) {
                    t.add(m.group(2).strip());
                }
                i++;
                if (t.isEmpty() && i < cells.size() && !isStructural(cells.get(i)) && i != draftCell) {
                    t.add(cells.get(i++));
                }
                while (i < cells.size() && startsLowercase(cells.get(i)) && i != draftCell) {
                    t.add(cells.get(i++));
                }
                agendaTitle = t.isEmpty() ? null : String.join(" ", t);
                sponsorStart = i;
            } else if (ADOPTED.matcher(c).matches()) {
                isResolution = true;
                String text = c;
                i++;
                if (UnDates.find(text).isEmpty() && i < cells.size() && cells.get(i).startsWith("on ")) {
                    text = text + " " + cells.get(i++);
                }
                adopted = UnDates.find(text).orElse(null);
            } else if (c.startsWith("[")) {
                StringBuilder text = new StringBuilder(c);
                i++;
                while (!text.toString().endsWith("]") && i < cells.size()) {
                    text.append(' ').append(cells.get(i++));
                }
                m = REPORT.matcher(text.toString());
                if (m.matches()) {
                    committee = m.group(1);
                    reportSymbol = m.group(2).strip();
                    reportParagraph = m.group(3) == null ? null : Integer.parseInt(m.group(3));
                }
            } else if ((m = RESOLUTION.matcher(c)).matches()) {
                isResolution = true;
                resolutionNumber = m.group(1);
                List<String> t = new ArrayList<>(List.of(m.group(2)));
                t.addAll(cells.subList(i + 1, cells.size()));
                title = String.join(" ", t);
                break;
            } else if (i == draftCell || (draftCell > i && i >= sponsorStart && sponsorStart >= 0)) {
                String text = String.join(" ", cells.subList(i, draftCell + 1));
                int colon = text.lastIndexOf(':');
                if (colon > 0) {
                    sponsors = SponsorList.parse(text.substring(0, colon));
                }
                i = draftCell + 1;
                if (i < cells.size()) {
                    title = String.join(" ", cells.subList(i, cells.size()));
                }
                break;
            } else {
                i++;
                if (i == cells.size() && title == null) {
                    title = c;
                }
            }
        }
        Adoption adoption = isResolution
                ? new Adoption(resolutionNumber, adopted, reportSymbol, reportParagraph, null)
                : null;
        return new DocumentMetadata(organ, symbol, distribution, date, original, session, committee, agendaNumber,
                agendaTitle, title, sponsors, adoption);
    }

    private static boolean isStructural(String c) {
        return c.startsWith("[") || ADOPTED.matcher(c).matches() || RESOLUTION.matcher(c).matches();
    }

    private static boolean startsLowercase(String c) {
        return !c.isEmpty() && Character.isLowerCase(c.charAt(0))
                && !c.toLowerCase(Locale.ROOT).startsWith("draft");
    }
}
