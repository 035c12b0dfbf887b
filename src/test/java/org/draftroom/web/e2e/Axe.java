package org.draftroom.web.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the npm package that the build vendors into target/axe-core (the pom's axe-core
 * profile, with npm's own client; never fetched while the tests run), run in the page: the WCAG
 * 2.0, 2.1 and 2.2 A and AA rules.
 */
final class Axe {
    static final Path SCRIPT = Path.of("target", "axe-core", "package", "axe.min.js");
    private static final String SOURCE = load();

    private Axe() {
    }

    private static String load() {
        try {
            return Files.readString(SCRIPT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is not vendored at " + SCRIPT + ": run the build (./mvnw test-compile), "
                    + "which fetches it with npm", e);
        }
    }

    /** The violations on the page as "rule: help — target, target" lines; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser) {
        browser.script(SOURCE);
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
                  .then(r => done(r.violations.map(v => ({ id: v.id, help: v.help,
                    nodes: v.nodes.slice(0, 6).map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')) }))))
                  .catch(e => done([{ id: 'axe-error', help: String(e), nodes: [] }]));
                """);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("id") + ": " + v.get("help") + " — " + v.get("nodes")).toList();
    }
}
