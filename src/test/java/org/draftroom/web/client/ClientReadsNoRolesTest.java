package org.draftroom.web.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web client shows an action only when the server lists it in {@code allowedActions} (of the
 * draft, of an amendment, of the signed-in user): it repeats no rule of the server's about roles.
 * Fails on any comparison with a role, any role name written out, and the old copies of server
 * rules ({@code OPEN_STAGES}, {@code mayReview}).
 */
class ClientReadsNoRolesTest {
    private static final Path CLIENT = Path.of("src/main/resources/public");
    private static final List<Pattern> ROLE_GATING = List.of(
            Pattern.compile("\\.role\\s*[!=]==?"),
            Pattern.compile("[!=]==?\\s*[\\w.]*\\.role\\b"),
            Pattern.compile("\\.includes\\(\\s*[\\w.]*\\.role\\s*\\)"),
            Pattern.compile("['\"`](DELEGATE|SECRETARIAT|FACILITATOR|ADMIN)['\"`]"),
            Pattern.compile("\\bOPEN_STAGES\\b"),
            Pattern.compile("\\bmayReview\\b"));

    @Test
    void no_script_of_the_client_decides_by_the_users_role() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(CLIENT)) {
            scripts = files.filter(f -> f.toString().endsWith(".js")).toList();
        }
        assertThat(scripts).as("the client's scripts").hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Path script : scripts) {
            List<String> lines = Files.readAllLines(script);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (gates(line)) {
                    found.add(CLIENT.relativize(script) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("role checks in the client; show the action from allowedActions instead").isEmpty();
    }

    /** The checks catch what the client used to do. */
    @Test
    void the_checks_catch_the_role_tests_the_client_once_made() {
        assertThat(gates("      form.hidden = !['DELEGATE', 'SECRETARIAT'].includes(ctx.user.role);")).isTrue();
        assertThat(gates("  if (ctx.user.role === 'DELEGATE') {")).isTrue();
        assertThat(gates("  if (\"SECRETARIAT\" == user.role) links.push(audit);")).isTrue();
        assertThat(gates("const names = users.filter(u => u.role !== `ADMIN`);")).isTrue();
        assertThat(gates("const open = OPEN_STAGES.has(draft.stage);")).isTrue();
        assertThat(gates("      const reviewing = mayReview(draft, ctx.user);")).isTrue();
        assertThat(gates("      form.hidden = !(draft.allowedActions || []).includes('request-division');")).isFalse();
        assertThat(gates("  const role = user.memberState ? `Delegate of ${name}` : String(user.role).toLowerCase();")).isFalse();
    }

    private static boolean gates(String line) {
        return ROLE_GATING.stream().anyMatch(p -> p.matcher(line).find());
    }
}
