package org.draftroom.document.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.draftroom.document.model.Document;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Opens the Word files with LibreOffice (headless, converted to PDF) and reads the PDF text back with
 * pdftotext. Skipped, with a message saying so, where soffice or pdftotext is not installed. PNG pages are
 * left in target/docx for a human look (pdftoppm).
 */
class LibreOfficeRenderingTest {

    @Test
    void libre_office_shows_the_heading_italic_opening_phrases_and_footnotes_of_seed_004() throws Exception {
        Path dir = work();
        Path docx = dir.resolve("004.docx");
        Files.write(docx, DocxWriter.write(Seeds.DRAFT_2025.parse()));
        Path pdf = convert(docx, dir);
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        Path fonts = dir.resolve("004.fonts.txt");
        new ProcessBuilder("pdffonts", pdf.toString()).redirectOutput(fonts.toFile()).start().waitFor(60, TimeUnit.SECONDS);
        assertThat(Files.readString(fonts)).as("an italic face is embedded for the opening phrases").contains("Italic");
        assertThat(text).contains("General Assembly", "Distr.: Limited", "Eightieth session",
                "Improving the coordination of efforts against trafficking in persons", "The General Assembly,",
                "Reiterating its strong condemnation", "United Nations, Treaty Series, vol. 2225, No. 39574.",
                "Requests the Secretary-General to submit");
        assertThat(text).containsPattern("38\\. ?Requests");
    }

    @Test
    void libre_office_keeps_the_tracked_changes_of_an_amendment_to_op5() throws Exception {
        Path dir = work();
        Document[] versions = TrackedChangesDocxWriterTest.op5Amended();
        Path docx = dir.resolve("004-op5-tracked.docx");
        Files.write(docx, TrackedChangesDocxWriter.write(versions[0], versions[1], "Russian Federation", Instant.EPOCH));
        Path pdf = convert(docx, dir);
        String text = pdfText(pdf);
        assertThat(text.replaceAll("\\s+", " ")).as("LibreOffice shows deletions and insertions side by side")
                .contains("subject to the availability of extrabudgetary from within existing resources");
        run(List.of("pdftoppm", "-r", "80", "-png", pdf.toString(), dir.resolve("004-op5-tracked").toString()));
    }

    @Test
    void libre_office_lays_resolution_76_186_on_a4_with_its_symbol_first_its_running_head_after_and_one_number_per_footnote()
            throws Exception {
        Path dir = work();
        Path docx = dir.resolve("001.docx");
        Files.write(docx, DocxWriter.write(Seeds.RES_76_186.parse()));
        Path pdf = convert(docx, dir);
        Path info = dir.resolve("001.info.txt");
        new ProcessBuilder("pdfinfo", pdf.toString()).redirectOutput(info.toFile()).start().waitFor(60, TimeUnit.SECONDS);
        assertThat(Files.readString(info)).as("A4").containsPattern("Page size:\\s+595(\\.\\d+)? x 841(\\.\\d+)? pts|Page size:\\s+595(\\.\\d+)? x 842 pts");
        List<String> page1 = Files.readAllLines(pageText(pdf, 1)).stream().filter(l -> !l.isBlank()).toList();
        assertThat(page1.get(0)).as("the symbol top right of the first page").endsWith("A/RES/76/186");
        assertThat(page1.get(0).indexOf("A/RES/76/186")).isGreaterThan(40);
        List<String> page2 = Files.readAllLines(pageText(pdf, 2)).stream().filter(l -> !l.isBlank()).toList();
        assertThat(page2.get(0).strip()).as("the running head of a later page").isEqualTo("A/RES/76/186");
        String all = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(all).as("each footnote numbered once").contains(" 1 Resolution 70/1.").doesNotContainPattern("1 ?1 Resolution 70/1");
    }

    private static Path pageText(Path pdf, int page) throws Exception {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".p" + page + ".txt");
        run(List.of("pdftotext", "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), txt.toString()));
        return txt;
    }

    private static Path work() throws Exception {
        assumeTrue(onPath("soffice"), "SKIPPED: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui");
        assumeTrue(onPath("pdftotext"), "SKIPPED: poppler-utils (pdftotext) is not installed");
        Path dir = Path.of("target/docx");
        Files.createDirectories(dir);
        return dir;
    }

    private static Path convert(Path docx, Path dir) throws Exception {
        Path profile = Files.createTempDirectory("lo-profile");
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString()));
        Path pdf = dir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertThat(pdf).exists();
        return pdf;
    }

    private static String pdfText(Path pdf) throws Exception {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-layout", pdf.toString(), txt.toString()));
        return Files.readString(txt);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
