package org.draftroom.document.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with files in src/test/resources/golden. To regenerate them after an intended change, run
 * the tests with {@code -Dgolden.update=true} (or environment GOLDEN_UPDATE=true):
 * {@code ./mvnw test -Dtest='org.draftroom.document.**.*Test' -Dgolden.update=true}
 * then review the diff with git.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static void assertMatches(String name, String actual) {
        Path dir = Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
        if (updating()) {
            try {
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        String expected = Seeds.resource("/golden/" + name);
        assertThat(actual).as("golden file " + name + " (regenerate with -Dgolden.update=true)").isEqualTo(expected);
    }

    private static boolean updating() {
        return Boolean.getBoolean("golden.update") || "true".equalsIgnoreCase(System.getenv("GOLDEN_UPDATE"));
    }
}
