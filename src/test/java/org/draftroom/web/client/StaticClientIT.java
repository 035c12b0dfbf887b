package org.draftroom.web.client;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The web client is served by the server itself, without a build step, under a strict CSP. */
@MicronautTest(transactional = false)
class StaticClientIT extends ServerTest {
    private static final Path PUBLIC = Path.of("src/main/resources/public");

    @Test
    void the_root_serves_the_client_anonymously_with_the_content_security_policy() {
        Http.Response root = http().get("/", null);
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.contentType()).startsWith("text/html");
        assertThat(root.body()).contains("<script type=\"module\" src=\"/assets/app.js\"></script>");
        String csp = root.header("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");

        Http.Response script = http().get("/assets/app.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).containsAnyOf("javascript", "ecmascript");
        Http.Response module = http().get("/assets/js/api.js", null);
        assertThat(module.status()).isEqualTo(200);
        assertThat(module.contentType()).containsAnyOf("javascript", "ecmascript");
        assertThat(http().get("/assets/app.css", null).contentType()).startsWith("text/css");
    }

    @Test
    void the_api_still_needs_a_token() {
        assertThat(http().get("/api/drafts", null).status()).isEqualTo(401);
    }

    @Test
    void no_file_of_the_client_has_inline_script_or_style() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handlerAttribute = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern styleAttribute = Pattern.compile("<[a-z][^>]*\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE);
        Pattern dangerousJs = Pattern.compile("\\.innerHTML\\s*=|\\.outerHTML\\s*=|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(|setAttribute\\('style'|setAttribute\\('on");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(PUBLIC)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("index.html", "app.js", "app.css");
        for (Path file : files) {
            String text = Files.readString(file);
            String name = file.toString();
            if (name.endsWith(".html")) {
                assertThat(inlineScript.matcher(text).find()).as("inline <script> in %s", name).isFalse();
                assertThat(handlerAttribute.matcher(text).find()).as("on…= attribute in %s", name).isFalse();
                assertThat(styleAttribute.matcher(text).find()).as("style attribute or block in %s", name).isFalse();
            }
            if (name.endsWith(".js")) {
                assertThat(dangerousJs.matcher(text).find()).as("HTML from strings or eval in %s", name).isFalse();
                assertThat(styleAttribute.matcher(text).find()).as("style markup in %s", name).isFalse();
            }
        }
    }
}
