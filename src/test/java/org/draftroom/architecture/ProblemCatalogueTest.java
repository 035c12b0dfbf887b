package org.draftroom.architecture;

import org.draftroom.shared.ProblemCatalogue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem type the main sources throw or answer with is in {@link ProblemCatalogue}, with
 * the status it is thrown with; and every type in the catalogue is thrown somewhere.
 */
class ProblemCatalogueTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Map<String, Integer> KINDS = Map.of("BAD_REQUEST", 400, "FORBIDDEN", 403, "NOT_FOUND", 404,
            "CONFLICT", 409, "PRECONDITION_FAILED", 412, "PRECONDITION_REQUIRED", 428, "UNPROCESSABLE", 422, "TOO_LARGE", 413);
    private static final Map<String, Integer> FACTORIES = Map.of("conflict", 409, "unprocessable", 422, "badRequest", 400);
    private static final Map<String, Integer> HTTP = Map.of("BAD_REQUEST", 400, "UNAUTHORIZED", 401, "CONFLICT", 409,
            "UNPROCESSABLE_ENTITY", 422, "SERVICE_UNAVAILABLE", 503, "TOO_MANY_REQUESTS", 429);
    private static final Pattern FACTORY = Pattern.compile("Refusal\\.(conflict|unprocessable|badRequest)\\(\\s*\"([a-z0-9-]+)\"");
    private static final Pattern CONSTRUCTOR = Pattern.compile(
            "new Refusal\\(\\s*(?:Refusal\\.)?Kind\\.([A-Z_]+),\\s*(?:[^,\"]*\\?\\s*\"([a-z0-9-]+)\"\\s*:\\s*)?\"([a-z0-9-]+)\"");
    /** {@code new Refusal(kind, "limit-exceeded", …)}: a type whose status the caller chooses. */
    private static final Pattern CHOSEN_KIND = Pattern.compile("new Refusal\\(\\s*[a-z][A-Za-z]*,\\s*\"([a-z0-9-]+)\"");
    private static final Pattern PASSWORD = Pattern.compile("weak\\(\"([a-z0-9-]+)\"");
    private static final Pattern DATABASE = Pattern.compile("new Refused\\(HttpStatus\\.([A-Z_]+),\\s*\"([a-z0-9-]+)\"");
    private static final Pattern BODY = Pattern.compile("Problems\\.body\\(\"([a-z0-9-]+)\"");
    private static final Pattern ANY_TYPE = Pattern.compile("(?:type = |TYPE = |-> )\"([a-z0-9-]+)\"");
    private static final Pattern TERNARY_TYPE = Pattern.compile("type = [^;]*\\? \"([a-z0-9-]+)\" : \"([a-z0-9-]+)\"");
    private static final Pattern UNUSED_IN_FACTORIES = Pattern.compile("Refusal\\.(conflict|unprocessable|badRequest)\\(\\s*[a-z]");

    /** A thrown type and the status it is thrown with (null when the status is not in the same expression). */
    record Thrown(String where, String slug, Integer status) {
    }

    static List<Thrown> thrownIn(String where, String source) {
        List<Thrown> out = new ArrayList<>();
        Matcher m = FACTORY.matcher(source);
        while (m.find()) {
            out.add(new Thrown(where, m.group(2), FACTORIES.get(m.group(1))));
        }
        m = CONSTRUCTOR.matcher(source);
        while (m.find()) {
            if (m.group(2) != null) {
                out.add(new Thrown(where, m.group(2), KINDS.get(m.group(1))));
            }
            out.add(new Thrown(where, m.group(3), KINDS.get(m.group(1))));
        }
        m = CHOSEN_KIND.matcher(source);
        while (m.find()) {
            out.add(new Thrown(where, m.group(1), null));
        }
        m = PASSWORD.matcher(source);
        while (m.find()) {
            out.add(new Thrown(where, m.group(1), 422));
        }
        m = DATABASE.matcher(source);
        while (m.find()) {
            out.add(new Thrown(where, m.group(2), HTTP.get(m.group(1))));
        }
        m = BODY.matcher(source);
        while (m.find()) {
            out.add(new Thrown(where, m.group(1), null));
        }
        if (where.contains("platform")) {
            m = ANY_TYPE.matcher(source);
            while (m.find()) {
                out.add(new Thrown(where, m.group(1), null));
            }
            m = TERNARY_TYPE.matcher(source);
            while (m.find()) {
                out.add(new Thrown(where, m.group(1), null));
                out.add(new Thrown(where, m.group(2), null));
            }
        }
        return out;
    }

    private static List<Thrown> thrownInMainSources() throws IOException {
        List<Thrown> thrown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                thrown.addAll(thrownIn(MAIN.relativize(file).toString(), source));
                if (!file.endsWith("Refusal.java") && !file.endsWith("PasswordPolicy.java")) {
                    assertThat(UNUSED_IN_FACTORIES.matcher(source).find())
                            .as("%s throws a problem type that is not a literal; name it in the catalogue and here", file).isFalse();
                }
            }
        }
        return thrown;
    }

    @Test
    void every_type_thrown_is_in_the_catalogue_with_the_status_it_is_thrown_with() throws IOException {
        List<Thrown> thrown = thrownInMainSources();
        assertThat(thrown).hasSizeGreaterThan(150);
        List<String> missing = new ArrayList<>();
        for (Thrown t : thrown) {
            var type = ProblemCatalogue.find(t.slug());
            if (type.isEmpty()) {
                missing.add(t.where() + ": " + t.slug());
            } else if (t.status() != null && !type.get().statuses().contains(t.status())) {
                missing.add(t.where() + ": " + t.slug() + " with status " + t.status() + ", catalogue says " + type.get().statuses());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_type_in_the_catalogue_is_thrown_somewhere_and_listed_once() throws IOException {
        TreeSet<String> thrown = new TreeSet<>();
        thrownInMainSources().forEach(t -> thrown.add(t.slug()));
        thrown.add("not-found");
        thrown.add("forbidden");
        List<String> slugs = ProblemCatalogue.all().stream().map(ProblemCatalogue.ProblemType::slug).toList();
        assertThat(slugs).doesNotHaveDuplicates().isSorted();
        assertThat(thrown).containsAll(slugs);
        ProblemCatalogue.all().forEach(t -> assertThat(t.title()).isNotBlank());
        ProblemCatalogue.all().forEach(t -> assertThat(t.statuses()).isNotEmpty());
    }

    @Test
    void the_merged_families_are_gone() {
        assertThat(ProblemCatalogue.find("no-ballots")).isEmpty();
        assertThat(ProblemCatalogue.find("ballots-missing")).isPresent();
        assertThat(ProblemCatalogue.find("no-paragraph")).isEmpty();
        assertThat(ProblemCatalogue.find("no-paragraphs")).isEmpty();
        assertThat(ProblemCatalogue.find("paragraph-missing")).isPresent();
        assertThat(ProblemCatalogue.find("no-text")).isEmpty();
        assertThat(ProblemCatalogue.find("invalid-format")).isEmpty();
    }

    @Test
    void the_scan_finds_types_in_every_form_they_are_thrown() {
        String source = """
                throw Refusal.conflict("motion-pending", "x");
                throw new Refusal(Refusal.Kind.CONFLICT, listClosed ? "co-sponsorship-closed" : "stage-does-not-allow", "t", d);
                return new Refused(HttpStatus.CONFLICT, "try-again", "x");
                """;
        assertThat(thrownIn("platform/X.java", source)).extracting(Thrown::slug, Thrown::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("motion-pending", 409),
                org.assertj.core.groups.Tuple.tuple("co-sponsorship-closed", 409),
                org.assertj.core.groups.Tuple.tuple("stage-does-not-allow", 409),
                org.assertj.core.groups.Tuple.tuple("try-again", 409));
    }
}
