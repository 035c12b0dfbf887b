package org.draftroom.draft.web.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.support.Http;
import org.draftroom.support.Seeds;
import org.draftroom.support.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * 1,000 Akoma Ntoso files mutated from good ones (the three AKN4UN fixtures and an export of a seed):
 * elements dropped, renamed, duplicated, attributes garbled, text cut short or salted with markup. Every
 * one is answered with a 2xx or a 4xx problem, never a 5xx. The mutations are drawn from a fixed seed,
 * so a failure names the case that reproduces it.
 */
@MicronautTest(transactional = false)
class FuzzedAknImportIT extends ServerTest {
    static final int CASES = 1_000;
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9]*)\\b[^>]*?(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
    private static final String[] GARBAGE = {"", "-1", "2021-13-45", "99999999999999999999", "#nowhere", "A/RES/x/y",
            "/akn/un/statement/deliberation/un-ga/2021-12-16/99-999/!main", "\u0000", "&amp;", "para_1", "draftResolution",
            "resolution", "0", " "};
    private static final String[] SALT = {"<", "&", "]]>", "<i>", "</p>", "<p>", "<unknownThing>x</unknownThing>",
            "<authorialNote marker=\"1\"><p>n</p></authorialNote>", "<noteRef marker=\"99\"/>", "\u202e", "<!-- c -->",
            "<point><content><p>x</p></content></point>", "<list><intro><p>y</p></intro></list>"};

    @Test
    void a_thousand_mutated_akoma_ntoso_files_get_no_server_error() {
        String token = accounts.secretariat(http());
        long seed = Seeds.importSeed(http(), token, Seeds.DRAFT_80);
        List<String> corpus = List.of(
                new String(AknFromOtherToolsIT.fixture("A_RES_76_142.xml"), StandardCharsets.UTF_8),
                new String(AknFromOtherToolsIT.fixture("A_C.3_80_L.20.xml"), StandardCharsets.UTF_8),
                new String(AknFromOtherToolsIT.fixture("A_C.3_80_L.20_Rev.1.xml"), StandardCharsets.UTF_8),
                http().get("/api/drafts/" + seed + "/versions/1/export?format=akn", token).body());
        Random random = new Random(20261203L);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int n = 0; n < CASES; n++) {
            String xml = corpus.get(random.nextInt(corpus.size()));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                xml = mutate(xml, random);
            }
            Http.Response r = http().sendBytes("POST", "/api/drafts/import", token, xml.getBytes(StandardCharsets.UTF_8),
                    "application/akn+xml");
            if (r.status() >= 500) {
                failures.add("case " + n + ": " + r.status() + " " + r.body());
            } else if (r.status() < 300) {
                accepted++;
            } else {
                assertThat(r.contentType()).as("case " + n).startsWith("application/problem+json");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).as("some mutations leave an importable file").isPositive().isLessThan(CASES);
    }

    static String mutate(String xml, Random random) {
        List<int[]> tags = new ArrayList<>();
        Matcher t = START_TAG.matcher(xml);
        while (t.find()) {
            tags.add(new int[] {t.start(), t.end(), t.start(1), t.end(1), t.group(2).isEmpty() ? 0 : 1});
        }
        if (tags.isEmpty()) {
            return xml + SALT[random.nextInt(SALT.length)];
        }
        int[] tag = tags.get(random.nextInt(tags.size()));
        String name = xml.substring(tag[2], tag[3]);
        return switch (random.nextInt(8)) {
            case 0 -> dropElement(xml, tag, name);
            case 1 -> renamed(xml, tag, name, random.nextBoolean() ? "unknownThing" : "p");
            case 2 -> duplicateElement(xml, tag, name);
            case 3 -> garbleAttribute(xml, tag, random);
            case 4 -> xml.substring(0, random.nextInt(xml.length()));
            case 5 -> {
                int at = random.nextInt(xml.length());
                yield xml.substring(0, at) + SALT[random.nextInt(SALT.length)] + xml.substring(at);
            }
            case 6 -> {
                String element = element(xml, tag, name);
                yield element == null ? xml : xml.replace(element, "<" + name + ">" + element + "</" + name + ">");
            }
            default -> xml.substring(0, tag[0]) + xml.substring(tag[1]);
        };
    }

    /** The whole element starting at the tag (up to the first matching end tag), or null. */
    private static String element(String xml, int[] tag, String name) {
        if (tag[4] == 1) {
            return xml.substring(tag[0], tag[1]);
        }
        int end = xml.indexOf("</" + name + ">", tag[1]);
        return end < 0 ? null : xml.substring(tag[0], end + name.length() + 3);
    }

    private static String dropElement(String xml, int[] tag, String name) {
        String element = element(xml, tag, name);
        return element == null ? xml : xml.substring(0, tag[0]) + xml.substring(tag[0] + element.length());
    }

    private static String duplicateElement(String xml, int[] tag, String name) {
        String element = element(xml, tag, name);
        return element == null ? xml : xml.substring(0, tag[0]) + element + xml.substring(tag[0]);
    }

    private static String renamed(String xml, int[] tag, String name, String to) {
        String element = element(xml, tag, name);
        if (element == null || tag[4] == 1) {
            return xml.substring(0, tag[2]) + to + xml.substring(tag[3]);
        }
        String inner = element.substring(tag[1] - tag[0], element.length() - name.length() - 3);
        String open = xml.substring(tag[0], tag[1]).replaceFirst("^<" + name, "<" + to);
        return xml.substring(0, tag[0]) + open + inner + "</" + to + ">" + xml.substring(tag[0] + element.length());
    }

    private static String garbleAttribute(String xml, int[] tag, Random random) {
        String open = xml.substring(tag[0], tag[1]);
        Matcher a = ATTRIBUTE.matcher(open);
        List<int[]> values = new ArrayList<>();
        while (a.find()) {
            values.add(new int[] {a.start(2), a.end(2)});
        }
        if (values.isEmpty()) {
            return xml;
        }
        int[] v = values.get(random.nextInt(values.size()));
        String garbled = open.substring(0, v[0]) + GARBAGE[random.nextInt(GARBAGE.length)].replace("\"", "") + open.substring(v[1]);
        return xml.substring(0, tag[0]) + garbled + xml.substring(tag[1]);
    }
}
