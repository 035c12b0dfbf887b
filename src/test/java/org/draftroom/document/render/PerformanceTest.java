package org.draftroom.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.draftroom.document.model.Document;
import org.draftroom.document.parse.DocumentImporter;
import org.draftroom.document.testing.Seeds;
import org.junit.jupiter.api.Test;

/** Smoke check of the 5 ms budget; the real measurement is org.draftroom.bench.DocumentBenchmark (JMH). */
class PerformanceTest {

    @Test
    void parsing_and_rendering_the_largest_seed_takes_under_5_ms_after_warm_up() {
        String text = Seeds.DRAFT_2025.text();
        long sink = 0;
        for (int i = 0; i < 300; i++) {
            sink += once(text);
        }
        long[] nanos = new long[51];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            sink += once(text);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        assertThat(sink).isPositive();
        assertThat(medianMs).as("median parse+render time in ms").isLessThan(5.0);
    }

    private static long once(String text) {
        Document d = DocumentImporter.parse(text, null);
        return PlainTextRenderer.render(d).length() + HtmlRenderer.render(d).length();
    }
}
