package org.draftroom.draft.app;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.Paragraph;
import org.draftroom.shared.Refusal;

/**
 * How large a text in Draftroom may be, far above any real resolution (the longest of the seeds has
 * 145 paragraphs of at most 1,700 characters), so that one text cannot make every list, page and
 * export slow for everyone: a title of {@value #TITLE} characters, {@value #PARAGRAPHS} paragraphs
 * of {@value #PARAGRAPH} characters each, {@value #FOOTNOTES} footnotes of {@value #FOOTNOTE}
 * characters each, {@value #TEXT} characters in all. A text brought in beyond a limit is refused with
 * 413 naming it ({@link #check}); a text the procedure makes from the current one (accepted
 * amendments folded in by the facilitator, an oral revision, a revision, the text as amended) with
 * 422 naming it, and nothing is recorded ({@link #checkMade}).
 */
public final class DocumentLimits {
    public static final int TITLE = 1_000;
    public static final int PARAGRAPHS = 2_000;
    public static final int PARAGRAPH = 20_000;
    public static final int FOOTNOTES = 500;
    public static final int FOOTNOTE = 5_000;
    public static final int TEXT = 2_000_000;

    private DocumentLimits() {
    }

    /** A text brought in (an import): 413 beyond a limit. */
    public static void check(Document document) {
        check(document, Refusal.Kind.TOO_LARGE, "");
    }

    /** A text made by a step of the procedure ({@code what}, "The text as orally revised"): 422 beyond a limit. */
    public static void checkMade(Document document, String what) {
        check(document, Refusal.Kind.UNPROCESSABLE, what + " would be too large: ");
    }

    private static void check(Document document, Refusal.Kind kind, String prefix) {
        String title = document.metadata().title();
        if (title != null && title.length() > TITLE) {
            throw tooLarge(kind, "title", TITLE, prefix + "the title has " + title.length() + " characters; at most " + TITLE
                    + " are accepted");
        }
        if (document.paragraphs().size() > PARAGRAPHS) {
            throw tooLarge(kind, "paragraphs", PARAGRAPHS, prefix + "the text has " + document.paragraphs().size()
                    + " paragraphs; at most " + PARAGRAPHS + " are accepted");
        }
        long total = title == null ? 0 : title.length();
        for (Paragraph paragraph : document.paragraphs()) {
            int length = (paragraph.text() == null ? 0 : paragraph.text().length())
                    + (paragraph.openingPhrase() == null ? 0 : paragraph.openingPhrase().length());
            if (length > PARAGRAPH) {
                throw tooLarge(kind, "paragraph", PARAGRAPH, prefix + "a paragraph has " + length + " characters; at most "
                        + PARAGRAPH + " are accepted in one paragraph");
            }
            total += length;
        }
        if (document.footnotes().size() > FOOTNOTES) {
            throw tooLarge(kind, "footnotes", FOOTNOTES, prefix + "the text has " + document.footnotes().size()
                    + " footnotes; at most " + FOOTNOTES + " are accepted");
        }
        for (Footnote footnote : document.footnotes()) {
            int length = footnote.text() == null ? 0 : footnote.text().length();
            if (length > FOOTNOTE) {
                throw tooLarge(kind, "footnote", FOOTNOTE, prefix + "footnote " + footnote.number() + " has " + length
                        + " characters; at most " + FOOTNOTE + " are accepted");
            }
            total += length;
        }
        if (total > TEXT) {
            throw tooLarge(kind, "text", TEXT, prefix + "the text has " + total + " characters in all; at most " + TEXT
                    + " are accepted");
        }
    }

    private static Refusal tooLarge(Refusal.Kind kind, String limit, int value, String detail) {
        String sentence = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return new Refusal(kind, "limit-exceeded", "Text too large", sentence).with("limit", limit).with("maximum", value);
    }
}
