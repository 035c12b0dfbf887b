package org.draftroom.document.compare;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Footnote;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FootnoteComparerTest {
    private static final Document DRAFT = Seeds.DRAFT_2019.parse();

    @Test
    void the_same_footnotes_give_no_difference() {
        assertThat(FootnoteComparer.compare(DRAFT, DRAFT)).isEmpty();
        assertThat(DocumentComparer.compareVersions(DRAFT, DRAFT).footnotes()).isEmpty();
    }

    @Test
    void a_footnote_whose_text_changed_is_changed_and_names_the_paragraph_citing_it() {
        Footnote third = DRAFT.footnote(3).orElseThrow();
        List<Footnote> notes = DRAFT.footnotes().stream()
                .map(f -> f.number() == 3 ? Footnote.plain(3, "Resolution 70/1, para. 54.") : f).toList();
        Document after = DRAFT.withFootnotes(notes);

        List<FootnoteDifference> differences = DocumentComparer.compareVersions(DRAFT, after).footnotes();

        assertThat(differences).containsExactly(new FootnoteDifference(FootnoteDifference.Type.CHANGED, 3, 3, citing(3).label,
                citing(3).id, third.text(), "Resolution 70/1, para. 54."));
    }

    @Test
    void a_footnote_removed_renumbers_those_after_it_and_one_added_is_added() {
        Document withoutFifth = without(DRAFT, 5);
        Paragraph op1 = withoutFifth.byLabel("OP1").orElseThrow();
        List<FootnoteRef> refs = new ArrayList<>(op1.footnoteRefs());
        refs.add(new FootnoteRef(op1.text().length(), 16));
        List<Footnote> notes = new ArrayList<>(withoutFifth.footnotes());
        notes.add(Footnote.plain(16, "A/80/100."));
        Document after = withoutFifth.replace(op1.withFootnoteRefs(refs)).withFootnotes(notes);

        List<FootnoteDifference> differences = FootnoteComparer.compare(DRAFT, after);

        assertThat(differences).filteredOn(d -> d.type() == FootnoteDifference.Type.REMOVED)
                .containsExactly(new FootnoteDifference(FootnoteDifference.Type.REMOVED, 5, null, citing(5).label, citing(5).id,
                        DRAFT.footnote(5).orElseThrow().text(), null));
        assertThat(differences).filteredOn(d -> d.type() == FootnoteDifference.Type.RENUMBERED)
                .extracting(d -> d.beforeNumber() + ">" + d.afterNumber())
                .containsExactly("6>5", "7>6", "8>7", "9>8", "10>9", "11>10", "12>11", "13>12", "14>13", "15>14", "16>15");
        assertThat(differences).filteredOn(d -> d.type() == FootnoteDifference.Type.ADDED)
                .containsExactly(new FootnoteDifference(FootnoteDifference.Type.ADDED, null, 16, "OP1", op1.id().value(), null,
                        "A/80/100."));
        assertThat(differences).noneMatch(d -> d.type() == FootnoteDifference.Type.CHANGED);
        assertThat(DocumentComparer.compareVersions(DRAFT, after).hasChanges()).isTrue();
    }

    /** The document without footnote n (its marker and its note), later footnotes numbered one lower. */
    private static Document without(Document d, int n) {
        List<Paragraph> paragraphs = d.paragraphs().stream().map(p -> p.footnoteRefs().isEmpty() ? p : p.withFootnoteRefs(
                p.footnoteRefs().stream().filter(r -> r.number() != n)
                        .map(r -> r.number() > n ? new FootnoteRef(r.offset(), r.number() - 1) : r).toList())).toList();
        List<Footnote> notes = d.footnotes().stream().filter(f -> f.number() != n)
                .map(f -> f.number() > n ? new Footnote(f.number() - 1, f.text(), f.emphasis()) : f).toList();
        return d.withParagraphs(paragraphs).withFootnotes(notes);
    }

    private record Citing(String label, String id) {
    }

    private static Citing citing(int number) {
        Paragraph p = DRAFT.paragraphs().stream().filter(x -> x.footnoteRefs().stream().anyMatch(r -> r.number() == number))
                .findFirst().orElseThrow();
        return new Citing(DRAFT.labelOf(p.id()), p.id().value());
    }
}
