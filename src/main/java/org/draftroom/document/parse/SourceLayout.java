package org.draftroom.document.parse;

import java.util.List;
import java.util.Map;

/**
 * What a layout reader hands to the common parsing steps.
 *
 * @param headLines  lines (or cells of two-column lines) before "The General Assembly,", markup removed
 * @param bodyBlocks text blocks after the formula, in order, with {@link InlineMarkup}; a paragraph cut by a
 *                   page break may come as two blocks
 * @param footnotes  footnote number to its text with {@link InlineMarkup}
 */
record SourceLayout(List<String> headLines, List<String> bodyBlocks, Map<Integer, String> footnotes) {
}
