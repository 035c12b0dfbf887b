package org.draftroom.document.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

class ChangeAttributionTest {
    static final ChangeSource MEXICO = ChangeSource.of("Mexico", Instant.parse("2025-10-20T00:00:00Z"));
    static final ChangeSource BRAZIL = ChangeSource.of("Brazil", Instant.parse("2025-10-21T00:00:00Z"));
    static final ChangeSource JAPAN = ChangeSource.of("Japan", Instant.parse("2025-10-22T00:00:00Z"));
    static final ChangeSource SECRETARIAT = ChangeSource.of(ChangeSource.SECRETARIAT, Instant.EPOCH);

    /** Every non-equal segment of the comparison as "ins|del text → author". */
    static List<String> changes(AttributedComparison a) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < a.comparison().changes().size(); r++) {
            List<DiffSegment> segments = a.comparison().changes().get(r).segments();
            for (int k = 0; k < segments.size(); k++) {
                DiffSegment s = segments.get(k);
                if (s.op() != DiffOp.EQUAL) {
                    out.add((s.op() == DiffOp.INSERT ? "ins " : "del ") + s.text().strip() + " → " + a.source(r, k).author());
                }
            }
        }
        return out;
    }

    static Document replace(Document d, String label, String quote, String with) {
        Paragraph p = d.byLabel(label).orElseThrow();
        int at = p.fullText().indexOf(quote);
        assertThat(at).as(quote).isNotNegative();
        return d.replace(p.withFullTextReplaced(at, at + quote.length(), with));
    }

    @Test
    void each_change_is_attributed_to_the_step_that_made_it_across_several_steps_on_one_paragraph() {
        Document v1 = Seeds.DRAFT_2025.parse();
        Document v2 = replace(v1, "OP5", "four-year basis", "five-year basis");
        Document v3 = replace(v2, "OP5", "from within existing resources, ", "");
        Paragraph op24 = v3.byLabel("OP24").orElseThrow();
        Document v4 = v3.insertAfter(op24.id(), Paragraph.of(ParagraphId.of("mx"), ParagraphKind.OPERATIVE, 0, "Encourages",
                "Member States to share good practices;"));

        AttributedComparison a = ChangeAttribution.attribute(v1, List.of(new AttributionStep(MEXICO, v2),
                new AttributionStep(BRAZIL, v3), new AttributionStep(JAPAN, v4)), SECRETARIAT);

        assertThat(changes(a)).containsExactlyInAnyOrder("del four-year → Mexico", "ins five-year → Mexico",
                "del from within existing resources, → Brazil", "ins Encourages Member States to share good practices; → Japan");
        assertThat(a.legend()).containsExactlyInAnyOrder(MEXICO, BRAZIL, JAPAN);
        int inserted = a.comparison().changes().indexOf(a.comparison().ofType(ChangeType.INSERTED).get(0));
        assertThat(a.paragraphSources().get(inserted)).isEqualTo(JAPAN);
    }

    @Test
    void words_inserted_by_one_state_and_replaced_by_another_name_both_and_a_deleted_paragraph_names_who_deleted_it() {
        Document v1 = Seeds.DRAFT_2025.parse();
        Document v2 = replace(v1, "OP5", "four-year basis", "five-year basis");
        Document v3 = replace(v2, "OP5", "five-year basis starting", "five-year basis, as a rule, starting");
        Paragraph op7 = v3.byLabel("OP7").orElseThrow();
        Document v4 = v3.delete(op7.id());

        AttributedComparison a = ChangeAttribution.attribute(v1, List.of(new AttributionStep(MEXICO, v2),
                new AttributionStep(BRAZIL, v3), new AttributionStep(JAPAN, v4)), SECRETARIAT);

        assertThat(changes(a)).contains("del four-year → Mexico", "ins five-year → Mexico",
                "del " + op7.fullText().strip() + " → Japan");
        assertThat(changes(a)).anyMatch(c -> c.startsWith("ins , as a rule,") && c.endsWith("→ Brazil"));
    }

    @Test
    void one_change_merging_two_sources_names_both_dated_by_the_later() {
        Document v1 = Seeds.DRAFT_2025.parse();
        Document v2 = replace(v1, "OP5", "four-year basis", "five-year basis");
        Document v3 = replace(v2, "OP5", "five-year basis", "five-year rolling basis");

        AttributedComparison a = ChangeAttribution.attribute(v1, List.of(new AttributionStep(MEXICO, v2),
                new AttributionStep(BRAZIL, v3)), SECRETARIAT);

        assertThat(changes(a)).contains("ins five-year rolling → Mexico and Brazil");
        ChangeSource merged = a.legend().stream().filter(s -> s.names().size() == 2).findFirst().orElseThrow();
        assertThat(merged.date()).isEqualTo(BRAZIL.date());
        assertThat(ChangeSource.merged(List.of(MEXICO, BRAZIL, JAPAN)).author()).isEqualTo("Mexico, Brazil and Japan");
        assertThat(ChangeSource.merged(List.of(ChangeSource.of("Bosnia and Herzegovina", Instant.EPOCH), MEXICO)).names())
                .containsExactly("Bosnia and Herzegovina", "Mexico");
    }

    @Test
    void a_change_undone_by_a_later_step_leaves_nothing_to_attribute() {
        Document v1 = Seeds.DRAFT_2025.parse();
        Document v2 = replace(v1, "OP5", "four-year basis", "five-year basis");
        Document v3 = replace(v2, "OP5", "five-year basis", "four-year basis");

        AttributedComparison a = ChangeAttribution.attribute(v1, List.of(new AttributionStep(MEXICO, v2),
                new AttributionStep(BRAZIL, v3)), SECRETARIAT);

        assertThat(changes(a)).isEmpty();
        assertThat(a.legend()).isEmpty();
    }
}
