package org.draftroom.architecture;

import org.draftroom.draft.model.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft's stage is a {@link Stage}, never a string: the main sources name no stage as a string
 * literal ({@code "TABLED"}, or {@code 'TABLED'} in SQL) except where the store maps the enum to
 * its column. A comparison such as {@code "ADOPTED".equals(draft.stage())} would compile against
 * a typed stage and silently never match; this test finds it.
 */
class StageNamesStayInTheMappingTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** The enum itself and the one place that maps it to and from {@code draft.stage}. */
    private static final List<Path> MAPPING = List.of(
            MAIN.resolve("org/draftroom/draft/model/Stage.java"),
            MAIN.resolve("org/draftroom/draft/store/DraftStore.java"));

    static Pattern stageLiteral() {
        String names = Arrays.stream(Stage.values()).map(Stage::name).collect(Collectors.joining("|"));
        return Pattern.compile("([\"'])(" + names + ")\\1");
    }

    static List<String> literalsIn(String source, Pattern literal) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                continue;
            }
            Matcher m = literal.matcher(line);
            while (m.find()) {
                found.add((i + 1) + ": " + m.group());
            }
        }
        return found;
    }

    @Test
    void no_stage_name_is_a_string_literal_outside_the_stores_mapping() throws IOException {
        Pattern literal = stageLiteral();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).filter(f -> !MAPPING.contains(f)).toList()) {
                literalsIn(Files.readString(file), literal).forEach(hit -> offences.add(MAIN.relativize(file) + ":" + hit));
            }
        }
        assertThat(offences).as("stage names written as strings; use Stage").isEmpty();
    }

    @Test
    void the_search_finds_a_stage_written_as_a_string_in_code_and_in_sql_but_not_in_comments() {
        Pattern literal = stageLiteral();
        String source = """
                boolean open = !"ADOPTED".equals(draft.stage());
                sql.one("SELECT id FROM draft WHERE stage = 'IN_ACTION'");
                 * the gateway asks stageIs(draftId, 'TABLED')
                String kind = "TABLED_LATE";
                """;
        assertThat(literalsIn(source, literal)).containsExactly("1: \"ADOPTED\"", "2: 'IN_ACTION'");
    }
}
