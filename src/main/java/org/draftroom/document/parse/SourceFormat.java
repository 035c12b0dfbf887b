package org.draftroom.document.parse;

/** Layouts the importer reads. */
public enum SourceFormat {
    /** One line per paragraph, superscript footnote markers, "*italic*" opening phrases, footnote blocks between pages. */
    PLAIN,
    /** Markdown: "#" headings, "---" page rules, "&lt;sup&gt;n&lt;/sup&gt;" markers, "*italic*", "**bold**". */
    MARKDOWN,
    /** Text extracted from a UN PDF: hard-wrapped lines, no italics, plain-number markers, footnotes at page feet. */
    PDF_TEXT
}
