package org.draftroom.web.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Skips a browser test class before its server starts when Debian's Chromium or ChromeDriver is
 * missing, and says so where the person running {@code ./mvnw test} sees it: surefire sends the
 * tests' own output to files, so the line also goes to the process's native standard error,
 * which Maven echoes on its console.
 */
public class RequiresChromium implements ExecutionCondition {
    private static volatile boolean told;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = !Files.isExecutable(Browser.CHROMIUM) ? "no Chromium at " + Browser.CHROMIUM
                : !Files.isExecutable(Browser.CHROMEDRIVER) ? "no ChromeDriver at " + Browser.CHROMEDRIVER : null;
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        String message = "E2E SKIPPED: " + missing + " — install them (apt-get install chromium chromium-driver) "
                + "to run the browser tests of the web client";
        System.out.println(message);
        if (!told) {
            told = true;
            @SuppressWarnings("resource") // the process's own stream: never closed here
            PrintStream nativeErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            nativeErr.println(message);
        }
        return ConditionEvaluationResult.disabled(message);
    }
}
