package org.draftroom.amendment.model;

import org.draftroom.document.model.Document;
import org.draftroom.document.model.DocumentMetadata;
import org.draftroom.document.model.FootnoteRef;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.model.ParagraphId;
import org.draftroom.document.model.ParagraphKind;
import org.draftroom.document.testing.Seeds;
import org.draftroom.shared.Refusal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents and proposals for the amendment rules' unit tests: seed 004 as parsed by the document
 * core (ids "004-1", "004-2", ...), a small hand-made draft, operations as a delegation writes them,
 * and amendments as stored.
 */
public final class Texts {
    /** The 2025 draft on trafficking in persons: PP1–PP49 with PP9(a)–(f), OP1–OP38. */
    public static final Document SEED_004 = Seeds.DRAFT_2025.parse();

    private Texts() {
    }

    /** A seed 004 paragraph's id, by label. */
    public static ParagraphId id(Document document, String label) {
        return document.byLabel(label).orElseThrow(() -> new AssertionError("no " + label)).id();
    }

    public static String fullText(Document document, String label) {
        return document.byLabel(label).orElseThrow(() -> new AssertionError("no " + label)).fullText();
    }

    // ---- a small hand-made draft ---------------------------------------------------------------

    /**
     * PP1, PP2 with PP2(a) and PP2(b), OP1, OP2 (a footnote marker 1 after "Convention,"), OP3:
     * <pre>
     * PP1    Recalling its resolution 70/1 and its resolution 72/195,
     * PP2    Reaffirming that the Plan was developed:
     * PP2(a) To promote ratification of the Convention,
     * PP2(b) To help States to prevent and combat trafficking,
     * OP1    Urges all States to ratify the Convention and the Protocol;
     * OP2    Invites States parties to the Convention,¹ as well as other States, to contribute;
     * OP3    Requests the Secretary-General to report at its eighty-second session.
     * </pre>
     */
    public static Document small() {
        List<Paragraph> ps = new ArrayList<>();
        ps.add(paragraph("pp1", ParagraphKind.PREAMBULAR, 0, "Recalling", "its resolution 70/1 and its resolution 72/195,"));
        ps.add(paragraph("pp2", ParagraphKind.PREAMBULAR, 0, "Reaffirming", "that the Plan was developed:"));
        ps.add(paragraph("pp2a", ParagraphKind.PREAMBULAR, 1, "", "To promote ratification of the Convention,"));
        ps.add(paragraph("pp2b", ParagraphKind.PREAMBULAR, 1, "", "To help States to prevent and combat trafficking,"));
        ps.add(paragraph("op1", ParagraphKind.OPERATIVE, 0, "Urges", "all States to ratify the Convention and the Protocol;"));
        String op2 = "States parties to the Convention, as well as other States, to contribute;";
        ps.add(new Paragraph(ParagraphId.of("op2"), ParagraphKind.OPERATIVE, 0, "Invites", op2, List.of(),
                List.of(new FootnoteRef(op2.indexOf(",") + 1, 1)), false));
        ps.add(paragraph("op3", ParagraphKind.OPERATIVE, 0, "Requests", "the Secretary-General to report at its eighty-second session."));
        return new Document(DocumentMetadata.empty(), ps, List.of());
    }

    public static Paragraph paragraph(String id, ParagraphKind kind, int depth, String openingPhrase, String text) {
        return Paragraph.of(ParagraphId.of(id), kind, depth, openingPhrase, text);
    }

    // ---- operations as a delegation writes them -----------------------------------------------

    public static ProposedOperation replaceWords(String paragraph, String quote, String text) {
        return new ProposedOperation("REPLACE_WORDS", paragraph, quote, null, text, null, null, null, null, null, null);
    }

    public static ProposedOperation replaceWords(String paragraph, String quote, int occurrence, String text) {
        return new ProposedOperation("REPLACE_WORDS", paragraph, quote, occurrence, text, null, null, null, null, null, null);
    }

    public static ProposedOperation deleteWords(String paragraph, String quote) {
        return new ProposedOperation("DELETE_WORDS", paragraph, quote, null, null, null, null, null, null, null, null);
    }

    public static ProposedOperation deleteWords(String paragraph, String quote, int occurrence) {
        return new ProposedOperation("DELETE_WORDS", paragraph, quote, occurrence, null, null, null, null, null, null, null);
    }

    public static ProposedOperation insertWordsAfter(String paragraph, String after, String text) {
        return new ProposedOperation("INSERT_WORDS", paragraph, null, null, text, null, after, null, null, null, null);
    }

    public static ProposedOperation insertWordsBefore(String paragraph, String before, String text) {
        return new ProposedOperation("INSERT_WORDS", paragraph, null, null, text, before, null, null, null, null, null);
    }

    public static ProposedOperation replaceParagraph(String paragraph, String openingPhrase, String text) {
        return new ProposedOperation("REPLACE_PARAGRAPH", paragraph, null, null, text, null, null, openingPhrase, null, null, null);
    }

    public static ProposedOperation deleteParagraph(String paragraph) {
        return new ProposedOperation("DELETE_PARAGRAPH", paragraph, null, null, null, null, null, null, null, null, null);
    }

    public static ProposedOperation insertParagraph(String paragraph, String position, String openingPhrase, String text) {
        return new ProposedOperation("INSERT_PARAGRAPH", paragraph, null, null, text, null, null, openingPhrase, position, null, null);
    }

    public static ProposedOperation insertParagraph(String paragraph, String position, String kind, String openingPhrase, String text) {
        return new ProposedOperation("INSERT_PARAGRAPH", paragraph, null, null, text, null, null, openingPhrase, position, null, kind);
    }

    public static ProposedOperation moveParagraph(String paragraph, String position, String anchor) {
        return new ProposedOperation("MOVE_PARAGRAPH", paragraph, null, null, null, null, null, null, position, anchor, null);
    }

    /** The operations admitted against {@code document}, as an amendment stores them. */
    public static List<Operation> admitted(Document document, ProposedOperation... operations) {
        return AmendmentAdmissibility.admit(document, List.of(operations));
    }

    /** The one operation {@code operation} becomes when admitted against seed 004. */
    public static Operation admittedOne(ProposedOperation operation) {
        List<Operation> ops = admitted(SEED_004, operation);
        assertThat(ops).hasSize(1);
        return ops.get(0);
    }

    // ---- amendments as stored -----------------------------------------------------------------

    /** A pending written amendment {@code number} by France, anchored to version 1. */
    public static Amendment amendment(int number, List<Operation> operations) {
        return new Amendment(number, 1, number, null, AmendmentKind.WRITTEN, null, AmendmentStatus.PENDING, "fra", "FRA", List.of(),
                1, operations, null, 0);
    }

    /** A pending sub-amendment {@code number} of amendment {@code parent}. */
    public static Amendment subAmendment(int number, int parent, List<Operation> operations) {
        return new Amendment(number, 1, number, parent, AmendmentKind.ORAL, null, AmendmentStatus.PENDING, "esp", "ESP", List.of(),
                1, operations, null, 0);
    }

    // ---- refusals -----------------------------------------------------------------------------

    /** The refusal {@code call} throws; fails the test if it throws nothing or something else. */
    public static Refusal refusal(ThrowingCallable call) {
        Refusal[] caught = new Refusal[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, r -> caught[0] = r);
        return caught[0];
    }

    /** Why {@code operations} are not admitted against {@code document}: always a 422. */
    public static Refusal refused(Document document, ProposedOperation... operations) {
        Refusal r = refusal(() -> AmendmentAdmissibility.admit(document, List.of(operations)));
        assertThat(r.kind()).as("every admissibility refusal is a 422").isEqualTo(Refusal.Kind.UNPROCESSABLE);
        return r;
    }
}
