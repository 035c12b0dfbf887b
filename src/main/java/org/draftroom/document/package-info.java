/**
 * The text library: plain Java, no framework, and nothing of the project but {@code shared}
 * (enforced by {@code RulesStayPlainJavaTest}). The draft register that stores texts is {@code org.draftroom.draft}.
 *
 * <ul>
 *   <li>{@code model} — immutable {@link org.draftroom.document.model.Document} (metadata, paragraphs, footnotes),
 *       {@link org.draftroom.document.model.Paragraph} with text edits that move emphasis and footnote markers,
 *       stable {@link org.draftroom.document.model.ParagraphId}s and computed labels
 *       ({@link org.draftroom.document.model.Labeller}: PP3, OP4(b)(ii), OP4 bis).</li>
 *   <li>{@code parse} — {@link org.draftroom.document.parse.DocumentImporter#parse(String,
 *       org.draftroom.document.parse.SourceFormat)} reads the plain, Markdown and PDF-text layouts;
 *       errors are {@link org.draftroom.document.parse.DocumentParseException} (HTTP 422).</li>
 *   <li>{@code render} — UN-style plain text and escaped HTML.</li>
 *   <li>{@code text} — what every format shares: ordinals, superscripts, UN dates and the one escaper of text
 *       typed by delegations for HTML and XML ({@link org.draftroom.document.text.Markup}), used by
 *       {@code render} and {@code akn}.</li>
 *   <li>{@code compare} — word-level comparison of two versions (by paragraph id) or of two documents
 *       (by content similarity), as data and as tracked-changes HTML.</li>
 * </ul>
 */
package org.draftroom.document;
