package org.draftroom.amendment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.render.PlainTextRenderer;
import org.draftroom.document.testing.GoldenFiles;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of operation applied together to each seed, the result rendered as the UN prints it and
 * compared with {@code src/test/resources/golden/amended-NNN.txt} (regenerate with
 * {@code -Dgolden.update=true} and review the diff). The operations are chosen by label from the seed
 * itself: the same amendment a delegation could write against any resolution with PP1, three or more
 * operative paragraphs and a last preambular paragraph.
 */
class AmendmentGoldenTest {

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void an_amendment_with_every_kind_of_operation_reads_as_its_golden_file(Seeds seed) {
        Document original = seed.parse();
        Document amended = AmendmentApplication.apply(original,
                AmendmentAdmissibility.admit(original, everyKindOfOperation(original)));

        GoldenFiles.assertMatches("amended-" + seed.number() + ".txt", PlainTextRenderer.render(amended));
        assertThat(amended.paragraphs()).hasSize(original.paragraphs().size());
    }

    private static List<ProposedOperation> everyKindOfOperation(Document d) {
        String lastOp = lastLabel(d, "OP");
        String lastPp = lastLabel(d, "PP");
        return List.of(
                new ProposedOperation("REPLACE_WORDS", "OP1", firstWords(d, "OP1", 2), 1, "the revised words",
                        null, null, null, null, null, null),
                new ProposedOperation("INSERT_WORDS", "PP1", null, 1, "also", firstWords(d, "PP1", 1), null,
                        null, null, null, null),
                new ProposedOperation("DELETE_WORDS", "OP3", firstWords(d, "OP3", 2), 1, null,
                        null, null, null, null, null, null),
                new ProposedOperation("INSERT_PARAGRAPH", "OP1", null, null,
                        "all States to give full effect to the present resolution;", null, null, "Calls upon",
                        "AFTER", null, null),
                new ProposedOperation("MOVE_PARAGRAPH", "OP2", null, null, null, null, null, null, "AFTER", "OP4", null),
                new ProposedOperation("REPLACE_PARAGRAPH", lastOp, null, null,
                        "to remain seized of the matter.", null, null, "Decides", null, null, null),
                new ProposedOperation("DELETE_PARAGRAPH", lastPp, null, null, null, null, null, null, null, null, null));
    }

    private static String firstWords(Document d, String label, int count) {
        Paragraph p = d.byLabel(label).orElseThrow(() -> new AssertionError("no " + label));
        String[] words = p.text().trim().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, count));
    }

    private static String lastLabel(Document d, String prefix) {
        return d.labels().stream().filter(l -> l.matches(prefix + "\\d+")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + prefix));
    }
}
