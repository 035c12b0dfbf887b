package org.draftroom.bench;

import java.util.concurrent.TimeUnit;
import org.draftroom.document.compare.Comparison;
import org.draftroom.document.compare.DocumentComparer;
import org.draftroom.document.model.Document;
import org.draftroom.document.parse.DocumentImporter;
import org.draftroom.document.render.HtmlRenderer;
import org.draftroom.document.render.PlainTextRenderer;
import org.draftroom.document.testing.Seeds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the document core. Budget: parse + render of the largest seed (004) under 5 ms.
 * Run e.g. with the JMH runner on the test classpath: {@code org.openjdk.jmh.Main DocumentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DocumentBenchmark {

    private String text004;
    private Document doc004;
    private Document doc003;
    private Document doc002;

    @Setup
    public void setUp() {
        text004 = Seeds.DRAFT_2025.text();
        doc004 = DocumentImporter.parse(text004, null);
        doc003 = Seeds.RES_72_195.parse();
        doc002 = Seeds.DRAFT_2019.parse();
    }

    @Benchmark
    public Document parse004() {
        return DocumentImporter.parse(text004, null);
    }

    @Benchmark
    public void renderTextAndHtml004(Blackhole bh) {
        bh.consume(PlainTextRenderer.render(doc004));
        bh.consume(HtmlRenderer.render(doc004));
    }

    @Benchmark
    public void parseAndRender004(Blackhole bh) {
        Document d = DocumentImporter.parse(text004, null);
        bh.consume(PlainTextRenderer.render(d));
        bh.consume(HtmlRenderer.render(d));
    }

    @Benchmark
    public Comparison compare003With002() {
        return DocumentComparer.compareDocuments(doc003, doc002);
    }
}
