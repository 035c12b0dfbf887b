package org.draftroom.web.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core, from the org.mvnpm:axe-core test dependency (the npm package, vendored by Maven at
 * build time, never fetched at run time), run in the page: the WCAG 2.0, 2.1 and 2.2 A and AA rules.
 */
final class Axe {
    private static final String SOURCE = load();

    private Axe() {
    }

    /** axe.min.js from the axe-core jar on the test class path, wherever in the jar it lies. */
    private static String load() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!entry.contains("axe-core") || !entry.endsWith(".jar")) {
                continue;
            }
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(entry)) {
                var script = jar.stream().filter(e -> e.getName().endsWith("/axe.min.js")).findFirst();
                if (script.isPresent()) {
                    try (InputStream in = jar.getInputStream(script.get())) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String path : List.of("META-INF/resources/_static/axe-core/4.11.4/axe.min.js", "META-INF/resources/webjars/axe-core/4.11.4/axe.min.js")) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("axe-core (org.mvnpm:axe-core) is not on the test class path");
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
