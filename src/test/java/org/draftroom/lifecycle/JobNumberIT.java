package org.draftroom.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The job number given when a draft is tabled is recorded, audited and printed as the UN prints it, at the foot of
 * the first page of the Word file ("25-17352 (E)"), checked in the PDF LibreOffice makes of it; a revision issued
 * without one has no such line; a malformed one is refused and changes nothing.
 */
@MicronautTest(transactional = false)
class JobNumberIT extends ServerTest {

    @Test
    void the_job_number_given_when_tabling_is_printed_at_the_foot_of_the_first_page_only() throws Exception {
        String secretariat = accounts.secretariat(http());
        String blr = accounts.delegate(http(), "BLR");
        long id = Seeds.importSeed(http(), secretariat, Seeds.DRAFT_80);
        String d = "/api/drafts/" + id;

        Http.Response malformed = http().post(d + "/table", blr, Map.of("date", "2025-10-30", "jobNumber", "2517352"));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().get("type").asText()).endsWith("/invalid-job-number");
        assertThat(malformed.json().get("field").asText()).isEqualTo("jobNumber");
        Http.Response tooLong = http().post(d + "/table", blr, Map.of("date", "2025-10-30", "jobNumber", "25-17352".repeat(4)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("limit").asInt()).isEqualTo(JobNumber.MAX_LENGTH);
        assertThat(http().get(d, secretariat).json().get("stage").asText()).as("nothing was tabled").isNotEqualTo("TABLED");

        Http.Response tabled = http().post(d + "/table", blr, Map.of("date", "2025-10-30", "jobNumber", "25-17352 (E)"));
        assertThat(tabled.status()).as(tabled.toString()).isEqualTo(200);
        int version = tabled.json().get("currentVersion").asInt();
        JsonNode audited = http().get("/api/audit?draftId=" + id + "&type=draft.tabled", secretariat).json().get("entries").get(0);
        assertThat(audited.get("payload").get("jobNumber").asText()).isEqualTo("25-17352");

        Http.Response revised = http().post(d + "/revise", blr, Map.of("date", "2025-11-05"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        int revision = revised.json().get("currentVersion").asInt();

        Path dir = work();
        Path pdf = pdf(dir, "job-number-tabled", http().get(d + "/versions/" + version + "/export?format=docx", blr));
        assertThat(pageText(pdf, 1)).as("the job number at the foot of the first page").contains("25-17352 (E)");
        assertThat(pageText(pdf, 2)).as("later pages carry none").doesNotContain("25-17352");
        Path revisedPdf = pdf(dir, "job-number-revised", http().get(d + "/versions/" + revision + "/export?format=docx", blr));
        assertThat(pageText(revisedPdf, 1)).as("no job number was recorded for the revision: none is printed")
                .doesNotContain("25-17352").doesNotContainPattern("[0-9]{2}-[0-9]{5} \\(E\\)");
    }

    private static Path pdf(Path dir, String name, Http.Response docx) throws Exception {
        assertThat(docx.status()).as(docx.toString()).isEqualTo(200);
        Path file = dir.resolve(name + ".docx");
        Files.write(file, docx.bytes());
        Path profile = Files.createTempDirectory("lo-profile");
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), file.toString()));
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).exists();
        return pdf;
    }

    private static String pageText(Path pdf, int page) throws Exception {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".p" + page + ".txt");
        run(List.of("pdftotext", "-layout", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), txt.toString()));
        return Files.readString(txt);
    }

    private static Path work() throws Exception {
        assumeTrue(onPath("soffice"), "SKIPPED: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui");
        assumeTrue(onPath("pdftotext"), "SKIPPED: poppler-utils (pdftotext) is not installed");
        Path dir = Path.of("target/docx");
        Files.createDirectories(dir);
        return dir;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
