/**
 * The draft register: the draft every feature shares, its versions and its stage.
 *
 * <ul>
 *   <li>{@code store} — the drafts and versions tables, the row lock every state change takes, proposed main sponsors.</li>
 *   <li>{@code app} — importing (tabling) a draft, reading it whole, confirming main sponsorship, the actions a caller
 *       may take now.</li>
 *   <li>{@code web} — the drafts API, comparison, the draft's ETag, and {@code exports} (Word, Akoma Ntoso, print).</li>
 * </ul>
 * The text itself (paragraphs, parsing, rendering, formats) is the plain-Java library in {@code org.draftroom.document}.
 */
package org.draftroom.draft;
