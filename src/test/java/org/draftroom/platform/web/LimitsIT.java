package org.draftroom.platform.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.draftroom.draft.app.DocumentLimits;
import org.draftroom.support.Database;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A text beyond a documented limit is refused with 413 naming the limit, and nothing is stored. */
@MicronautTest(transactional = false)
class LimitsIT extends ServerTest {
    private static final String TITLE = "Improving the coordination of efforts against trafficking in persons";
    @Inject
    Database database;

    @Test
    void a_title_too_long_is_413_naming_the_limit() {
        String text = Seeds.text(Seeds.DRAFT_80).replace(TITLE, "Improving " + "very ".repeat(DocumentLimits.TITLE / 5) + "much");
        assertRefused(text, "title", DocumentLimits.TITLE);
    }

    @Test
    void too_many_paragraphs_are_413_naming_the_limit() {
        String text = Seeds.text(Seeds.DRAFT_80).replace("The General Assembly,\n",
                "The General Assembly,\n\n" + "Recalling its earlier resolutions on the matter,\n\n".repeat(DocumentLimits.PARAGRAPHS + 1));
        assertRefused(text, "paragraphs", DocumentLimits.PARAGRAPHS);
    }

    @Test
    void a_paragraph_too_long_is_413_naming_the_limit() {
        String text = Seeds.text(Seeds.DRAFT_80).replace("The General Assembly,\n",
                "The General Assembly,\n\nRecalling " + "its earlier resolutions ".repeat(DocumentLimits.PARAGRAPH / 20) + "on the matter,\n");
        assertRefused(text, "paragraph", DocumentLimits.PARAGRAPH);
    }

    @Test
    void a_real_document_is_far_within_every_limit() {
        assertThat(http().post("/api/drafts", accounts.secretariat(http()), Map.of("text", Seeds.text(Seeds.DRAFT_80))).status())
                .isEqualTo(201);
    }

    private void assertRefused(String text, String limit, int maximum) {
        long drafts = database.count("SELECT count(*) FROM draft");
        Http.Response response = http().post("/api/drafts", accounts.secretariat(http()), Map.of("text", text));
        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("limit").asText()).isEqualTo(limit);
        assertThat(response.json().get("maximum").asInt()).isEqualTo(maximum);
        assertThat(database.count("SELECT count(*) FROM draft")).isEqualTo(drafts);
    }
}
