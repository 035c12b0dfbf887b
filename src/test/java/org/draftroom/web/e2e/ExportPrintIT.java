package org.draftroom.web.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.draftroom.support.Accounts;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and print from the draft page: the Word button downloads the version as the server
 * writes it; the print HTML opens in a tab of its own; the browser's print (to PDF, as
 * Chromium's DevTools print it) has the document's pages only, without the app's header and panels.
 */
@ExtendWith(RequiresChromium.class)
@MicronautTest(transactional = false)
class ExportPrintIT extends ServerTest {
    @Test
    void export_word_open_the_print_version_and_print_the_document_only_to_pdf() throws IOException {
        long id = Seeds.importSeed(http(), accounts.secretariat(http()), Seeds.DRAFT_80);
        accounts.delegate(http(), "FRA");
        Path downloads = Files.createDirectories(Path.of("target", "e2e-downloads", "export-" + System.nanoTime()));
        try (Browser browser = new Browser(server.getURI(), 1400, 1000)) {
            browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.signIn("fra", Accounts.PASSWORD);
            browser.open("/#/drafts/" + id);
            browser.visible(By.cssSelector(".para[data-label='OP1']"));

            browser.clickable(By.cssSelector("[data-testid=exports] button[data-export=docx]")).click();
            Path word = browser.until(d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    return files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElse(null);
                } catch (IOException e) {
                    return null;
                }
            });
            byte[] docx = Files.readAllBytes(word);
            assertThat(docx.length).isGreaterThan(1000);
            assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            assertThat(browser.text("#announcer")).startsWith("Downloaded").endsWith(".docx.");

            String page = browser.driver().getWindowHandle();
            browser.clickable(By.cssSelector("[data-testid=exports] button[data-export=html]")).click();
            browser.until(d -> d.getWindowHandles().size() == 2);
            String printTab = browser.driver().getWindowHandles().stream().filter(w -> !w.equals(page)).findFirst().orElseThrow();
            browser.driver().switchTo().window(printTab);
            browser.until(d -> d.findElement(By.tagName("body")).getText().contains("Calls upon"));
            browser.screenshot("export-print-html");
            browser.driver().close();
            browser.driver().switchTo().window(page);

            String pdf = browser.driver().print(new PrintOptions()).getContent();
            byte[] bytes = Base64.getDecoder().decode(pdf);
            Files.write(Browser.SCREENSHOTS.resolve("draft-printed.pdf"), bytes);
            try (PDDocument printed = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(printed);
                assertThat(text).contains("The General Assembly").contains("Calls upon Governments to closely follow")
                        .contains("Trafficking");
                // The app around the document is not printed: no header, sign-out, panels or labels.
                assertThat(text).doesNotContain("Draftroom").doesNotContain("Sign out").doesNotContain("All drafts")
                        .doesNotContain("Export and print").doesNotContain("Co-sponsors").doesNotContain("OP1")
                        .doesNotContain("Amend");
                int pages = printed.getNumberOfPages();
                assertThat(pages).isBetween(2, 20);
                PDFTextStripper first = new PDFTextStripper();
                first.setStartPage(1);
                first.setEndPage(1);
                assertThat(first.getText(printed)).contains("General Assembly");
            }
        }
    }
}
