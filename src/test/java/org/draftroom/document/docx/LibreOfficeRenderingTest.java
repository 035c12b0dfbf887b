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
