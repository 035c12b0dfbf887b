package org.draftroom.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cleans head lines of any layout: drops markup and splits two-column PDF lines into cells. */
final class HeadLines {

    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]*)\\]\\([^)]*\\)");
    private static final Pattern COLUMNS = Pattern.compile("\\s{3,}");

    private HeadLines() {
    }

    static List<String> clean(List<String> rawLines) {
        List<String> out = new ArrayList<>();
        for (String raw : rawLines) {
            String line = LINK.matcher(raw).replaceAll("$1");
            line = line.replaceAll("^\\s*#+\\s*", "").replace("**", "").replace("*", "")
                    .replaceAll("</?sup>", "");
            String t = line.strip();
            if (t.isEmpty() || t.matches("-{3,}|_{3,}")) {
                continue;
            }
            for (String cell : COLUMNS.split(t)) {
                if (!cell.isBlank()) {
                    out.add(cell.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return out;
    }
}
