package org.draftroom.document.parse;

import java.util.List;
import org.draftroom.document.model.Emphasis;
import org.draftroom.document.model.FootnoteRef;

/** Plain text with emphasis spans and footnote references, as read from one paragraph or footnote. */
record InlineText(String text, List<Emphasis> emphasis, List<FootnoteRef> refs) {
}
