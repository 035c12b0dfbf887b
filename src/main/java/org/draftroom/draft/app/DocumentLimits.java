package org.draftroom.draft.app;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.Paragraph;
import org.draftroom.shared.Refusal;

/**
 * How large a text brought into Draftroom may be, far above any real resolution (the longest of
 * the seeds has 145 paragraphs of at most 1,700 characters), so that one text cannot make every
 * list, page and export slow for everyone: a title of {@value #TITLE} characters, {@value #PARAGRAPHS}
 * paragraphs of {@value #PARAGRAPH} characters each, {@value #FOOTNOTES} footnotes of
 * {@value #FOOTNOTE} characters each. A text beyond a limit is refused with 413 naming it.
 */
public final class DocumentLimits {
    public static final int TITLE = 1_000;
    public static final int PARAGRAPHS = 2_000;
    public static final int PARAGRAPH = 20_000;
    public static final int FOOTNOTES = 500;
    public static final int FOOTNOTE = 5_000;

    private DocumentLimits() {
    }

    public static void check(Document document) {
        String title = document.metadata().title();
        if (title != null && title.length() > TITLE) {
            throw tooLarge("title", TITLE, "The title has " + title.length() + " characters; at most " + TITLE + " are accepted");
        }
        if (document.paragraphs().size() > PARAGRAPHS) {
            throw tooLarge("paragraphs", PARAGRAPHS, "The text has " + document.paragraphs().size() + " paragraphs; at most "
                    + PARAGRAPHS + " are accepted");
        }
        for (Paragraph paragraph : document.paragraphs()) {
            int length = (paragraph.text() == null ? 0 : paragraph.text().length())
                    + (paragraph.openingPhrase() == null ? 0 : paragraph.openingPhrase().length());
            if (length > PARAGRAPH) {
                throw tooLarge("paragraph", PARAGRAPH, "A paragraph has " + length + " characters; at most " + PARAGRAPH
                        + " are accepted in one paragraph");
            }
        }
        if (document.footnotes().size() > FOOTNOTES) {
            throw tooLarge("footnotes", FOOTNOTES, "The text has " + document.footnotes().size() + " footnotes; at most "
                    + FOOTNOTES + " are accepted");
        }
        for (Footnote footnote : document.footnotes()) {
            if (footnote.text() != null && footnote.text().length() > FOOTNOTE) {
                throw tooLarge("footnote", FOOTNOTE, "Footnote " + footnote.number() + " has " + footnote.text().length()
                        + " characters; at most " + FOOTNOTE + " are accepted");
            }
        }
    }

    private static Refusal tooLarge(String limit, int value, String detail) {
        return new Refusal(Refusal.Kind.TOO_LARGE, "limit-exceeded", "Text too large", detail).with("limit", limit).with("maximum", value);
    }
}
