package org.draftroom.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.draftroom.support.Http;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision (/Rev.1) that adds, changes and removes footnotes: the new version carries them,
 * the comparison of the two versions lists each footnote difference, and the history says so.
 */
@MicronautTest(transactional = false)
class RevisionFootnotesIT extends ServerTest {

    @Test
    void a_revision_adds_changes_and_removes_footnotes_and_the_comparison_lists_them() {
        Procedure p = new Procedure(http(), accounts);
        String secretariat = p.secretariat();
        long id = p.zeroDraft();
        int tabled = p.table(id).get("currentVersion").asInt();
        JsonNode draft = p.read(id);
        String second = citing(draft, 2);
        String third = citing(draft, 3);
        String fourth = citing(draft, 4);
        String secondText = footnote(draft, 2);
        String thirdText = footnote(draft, 3);
        String fourthText = footnote(draft, 4);
        int count = draft.get("footnotes").size();

        Http.Response unknown = p.step(id, "revise", p.delegate("VEN"), Map.of("date", "2025-11-05",
                "footnotes", List.of(Map.of("paragraph", third, "number", 99, "text", "Nothing."))));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.json().get("type").asText()).endsWith("unknown-footnote");
        assertThat(p.read(id).get("currentVersion").asInt()).as("nothing issued").isEqualTo(tabled);

        JsonNode revised = p.ok(id, "revise", p.delegate("VEN"), Map.of("date", "2025-11-05", "footnotes", List.of(
                Map.of("paragraph", "PP5", "after", "Sustainable Development Goals", "text", "Resolution 70/1, para. 54."),
                Map.of("paragraph", third, "number", 3, "text", "A/80/100, annex."),
                Map.of("paragraph", fourth, "number", 4, "remove", true))));
        assertThat(revised.get("symbol").asText()).endsWith("/Rev.1");
        int rev = revised.get("currentVersion").asInt();

        JsonNode after = p.read(id);
        assertThat(after.get("footnotes")).hasSize(count);
        assertThat(footnote(after, 2)).isEqualTo("Resolution 70/1, para. 54.");
        assertThat(footnote(after, 3)).isEqualTo(secondText);
        assertThat(footnote(after, 4)).isEqualTo("A/80/100, annex.");
        assertThat(citing(after, 2)).isEqualTo("PP5");

        JsonNode differences = http().get("/api/drafts/" + id + "/compare?from=" + tabled + "&to=" + rev, secretariat).json()
                .get("footnotes");
        List<String> listed = new ArrayList<>();
        differences.forEach(d -> listed.add(d.get("type").asText() + " " + text(d.get("beforeNumber")) + ">" + text(d.get("afterNumber"))
                + " " + d.get("paragraph").asText()));
        assertThat(listed).containsExactly("ADDED null>2 PP5", "RENUMBERED 2>3 " + second, "CHANGED 3>4 " + third,
                "REMOVED 4>null " + fourth);
        assertThat(differences.get(2).get("before").asText()).isEqualTo(thirdText);
        assertThat(differences.get(2).get("after").asText()).isEqualTo("A/80/100, annex.");
        assertThat(differences.get(3).get("before").asText()).isEqualTo(fourthText);

        assertThat(http().get("/api/drafts/" + id + "/history", secretariat).body()).contains("5 Nov 2025 — revised as "
                + revised.get("symbol").asText() + " by Venezuela (Bolivarian Republic of) (footnote 2 added,"
                + " footnote 2 renumbered 3, footnote 4 (was 3) changed, footnote 4 removed)");
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    private static String citing(JsonNode draft, int number) {
        for (JsonNode p : draft.get("paragraphs")) {
            for (JsonNode r : p.get("footnoteRefs")) {
                if (r.get("number").asInt() == number) {
                    return p.get("label").asText();
                }
            }
        }
        throw new AssertionError("no paragraph cites footnote " + number);
    }

    private static String footnote(JsonNode draft, int number) {
        for (JsonNode f : draft.get("footnotes")) {
            if (f.get("number").asInt() == number) {
                return f.get("text").asText();
            }
        }
        throw new AssertionError("no footnote " + number);
    }
}
