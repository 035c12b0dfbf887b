package org.draftroom.document.docx;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.draftroom.document.akn.DocumentFormatException;
import org.draftroom.document.akn.DocumentFormatException.Reason;
import org.draftroom.document.model.Document;
import org.draftroom.document.parse.DocumentImporter;
import org.draftroom.document.parse.SourceFormat;
import org.draftroom.document.text.Superscripts;

/**
 * Imports a Word draft: tracked changes are taken as accepted (insertions kept, deletions dropped), italics
 * become "*...*", footnote references become superscript markers numbered in order of appearance, and Word
 * footnotes are listed at the end — the plain layout {@link DocumentImporter} reads.
 *
 * @throws DocumentFormatException for a file that is not a (safe) Word document
 */
public final class DocxReader {

    private DocxReader() {
    }

    public static Document read(byte[] docx) {
        Document d = DocumentImporter.parse(toPlainText(docx), SourceFormat.PLAIN);
        var m = d.metadata();
        if (m.adoption() != null && m.symbol() != null && m.symbol().equals(m.adoption().resolutionSymbol())) {
            // the symbol printed on an adopted resolution's first page is its number's: not a symbol of its own
            return d.withMetadata(m.withSymbol(null));
        }
        return d;
    }

    public static String toPlainText(byte[] docx) {
        ZipGuard.check(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Map<BigInteger, Integer> numbers = new LinkedHashMap<>();
            List<String> blocks = new ArrayList<>();
            boolean[] inBody = {false};
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p, numbers, blocks, inBody);
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> paragraph(p, numbers, blocks, inBody));
                        }
                    }
                }
            }
            StringBuilder out = new StringBuilder();
            blocks.forEach(b -> out.append(b).append("\n\n"));
            numbers.forEach((id, number) -> {
                XWPFFootnote note = doc.getFootnoteByID(id.intValue());
                if (note != null) {
                    out.append(Superscripts.of(number)).append(' ').append(footnoteText(note)).append("\n\n");
                }
            });
            return out.toString();
        } catch (DocumentFormatException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new DocumentFormatException(Reason.NOT_A_DOCX, "The Word document can't be read: " + e.getMessage(), e);
        }
    }

    private static void paragraph(XWPFParagraph p, Map<BigInteger, Integer> numbers, List<String> blocks,
            boolean[] inBody) {
        WordRuns runs = WordRuns.of(p.getCTP().getDomNode(), id -> numbers.computeIfAbsent(id, k -> numbers.size() + 1));
        String plain = runs.plain().strip();
        if (plain.isEmpty()) {
            return;
        }
        if (!inBody[0]) {
            if (plain.equals("The General Assembly,")) {
                inBody[0] = true;
            }
            blocks.add(plain);
            return;
        }
        blocks.add(runs.marked().strip());
    }

    private static String footnoteText(XWPFFootnote note) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : note.getParagraphs()) {
            String t = WordRuns.of(p.getCTP().getDomNode(), null).marked().strip();
            if (!t.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(t);
            }
        }
        return b.toString();
    }
}
