package org.draftroom.bench;

import io.micronaut.context.ApplicationContext;
import org.draftroom.agreedlanguage.app.TracingProvenance;
import org.draftroom.agreedlanguage.model.Origin;
import org.draftroom.agreedlanguage.model.Provenance;
import org.draftroom.agreedlanguage.model.Sketch;
import org.draftroom.agreedlanguage.model.Wording;
import org.draftroom.document.model.Document;
import org.draftroom.document.model.Paragraph;
import org.draftroom.document.parse.DocumentImporter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The provenance of a 90-paragraph draft against a library of {@code paragraphs} adopted paragraphs
 * (default 700,000, the order of the General Assembly's resolutions since 1946), built by mutating
 * the seeds' paragraphs: words replaced by others of the seeds, spans of other paragraphs added,
 * spans dropped; one in a hundred kept as is. Loads the library with COPY without its indexes, then
 * times building each index and prints the sizes; then times {@link TracingProvenance#trace} (the
 * production path: two queries and the exact comparison) on seed 004's first 90 paragraphs, and
 * on the same paragraphs lightly changed. Run (under the build lock) with
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.draftroom.bench.ProvenanceBenchmark [paragraphs] [runs]
 * </pre>
 * The aim is under 1 s for the 90 paragraphs on 2 cores.
 */
public final class ProvenanceBenchmark {
    private static final int PER_TEXT = 70;
    private static final String[] SEEDS = {"001_e0e82415e3b6840d.txt", "002_fc02f47a9588912a.txt", "003_dcca9aee8b0c3984.txt",
            "004_1e6667f477649747.txt"};

    private ProvenanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 700_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<List<String>> pool = new ArrayList<>();
        List<String> vocabulary = new ArrayList<>();
        Document draft = null;
        for (String seed : SEEDS) {
            Document d = parse(seed);
            draft = d;
            for (Paragraph p : d.paragraphs()) {
                List<String> words = List.of(p.fullText().split(" +"));
                pool.add(words);
                vocabulary.addAll(words);
            }
        }
        try (ApplicationContext context = ApplicationContext.run(Map.of("draftroom.database.reset-on-start", true), "test")) {
            DataSource dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                    context.getBean(DataSource.class));
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("SET maintenance_work_mem = '256MB'");
                s.execute("DROP INDEX library_paragraph_words, library_band_lookup, library_paragraph_trigrams");
                long start = System.nanoTime();
                load(c, paragraphs, pool, vocabulary);
                System.out.printf("loaded %,d paragraphs in %,d texts in %.1f s (generating, sketching and COPY)%n", paragraphs,
                        (paragraphs + PER_TEXT - 1) / PER_TEXT, (System.nanoTime() - start) / 1e9);
                time(s, "words key (btree)", "CREATE INDEX library_paragraph_words ON library_paragraph (words_key)");
                time(s, "bands (btree on band, with paragraph and draft)",
                        "CREATE INDEX library_band_lookup ON library_band (band) INCLUDE (paragraph_id, draft_id)");
                time(s, "trigrams (GIN gin_trgm_ops)",
                        "CREATE INDEX library_paragraph_trigrams ON library_paragraph USING gin (full_text gin_trgm_ops)");
                s.execute("VACUUM ANALYZE library_text");
                s.execute("VACUUM ANALYZE library_paragraph");
                s.execute("VACUUM ANALYZE library_band");
                try (ResultSet rs = s.executeQuery("""
                        SELECT pg_size_pretty(pg_relation_size('library_paragraph')),
                               pg_size_pretty(pg_total_relation_size('library_paragraph')),
                               pg_size_pretty(pg_relation_size('library_paragraph_words')),
                               pg_size_pretty(pg_total_relation_size('library_band')),
                               pg_size_pretty(pg_relation_size('library_paragraph_trigrams'))""")) {
                    rs.next();
                    System.out.printf("sizes: table %s (with TOAST and indexes %s); words key %s, bands (table and index) %s, trigrams %s%n",
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                }
            }
            TracingProvenance tracing = context.getBean(TracingProvenance.class);
            List<String> texts = draft.paragraphs().stream().limit(90).map(Paragraph::fullText).toList();
            List<String> changed = new ArrayList<>();
            Random random = new Random(7);
            for (String t : texts) {
                changed.add(mutate(List.of(t.split(" +")), vocabulary, random, 0.1));
            }
            measure("seed 004, 90 paragraphs", tracing, texts, runs);
            measure("seed 004 with a tenth of its words changed", tracing, changed, runs);
        }
    }

    private static void measure(String what, TracingProvenance tracing, List<String> texts, int runs) {
        double[] seconds = new double[runs];
        List<Provenance> last = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            last = tracing.trace(texts, null);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %s, run %d: %.3f s%n", what, run + 1, seconds[run]);
        }
        long verbatim = last.stream().filter(p -> p.origin() == Origin.VERBATIM).count();
        long modified = last.stream().filter(p -> p.origin() == Origin.MODIFIED).count();
        Arrays.sort(seconds);
        System.out.printf("provenance of %s: median %.3f s, best %.3f s, worst %.3f s (%d verbatim, %d modified, %d new; %d cores)%n",
                what, seconds[runs / 2], seconds[0], seconds[runs - 1], verbatim, modified, texts.size() - verbatim - modified,
                Runtime.getRuntime().availableProcessors());
    }

    private static void time(Statement s, String what, String sql) throws Exception {
        long start = System.nanoTime();
        s.execute(sql);
        System.out.printf("index %s built in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static void load(Connection c, int paragraphs, List<List<String>> pool, List<String> vocabulary) throws Exception {
        int texts = (paragraphs + PER_TEXT - 1) / PER_TEXT;
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO library_text (symbol, resolution_number, session, title) "
                    + "SELECT 'A/RES/S' || g, (1 + g % 80) || '/' || g, 1 + g % 80, 'Synthetic resolution ' || g "
                    + "FROM generate_series(1, " + texts + ") g");
        }
        long firstText;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(id) FROM library_text")) {
            rs.next();
            firstText = rs.getLong(1);
        }
        Random random = new Random(42);
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY library_paragraph (text_id, position, label, full_text, words_key) FROM STDIN");
        long[] allBands = new long[paragraphs * Sketch.BANDS];
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            List<String> base = pool.get(random.nextInt(pool.size()));
            String text = random.nextInt(100) == 0 ? String.join(" ", base) : mutate(base, vocabulary, random, 0.15 + random.nextDouble() * 0.45);
            List<String> words = Wording.words(text);
            long[] bands = Sketch.bands(words);
            batch.append(firstText + i / PER_TEXT).append('\t').append(i % PER_TEXT + 1).append('\t')
                    .append(i % PER_TEXT < 30 ? "PP" + (i % PER_TEXT + 1) : "OP" + (i % PER_TEXT - 29)).append('\t')
                    .append(text.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")).append('\t')
                    .append(Wording.key(words)).append('\n');
            System.arraycopy(bands, 0, allBands, i * Sketch.BANDS, Sketch.BANDS);
            if (batch.length() > 1 << 20) {
                byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                batch.setLength(0);
            }
        }
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
        long firstParagraph;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(id) FROM library_paragraph")) {
            rs.next();
            firstParagraph = rs.getLong(1);
        }
        CopyIn bandCopy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY library_band (band, paragraph_id) FROM STDIN");
        batch.setLength(0);
        for (int i = 0; i < paragraphs; i++) {
            for (int b = 0; b < Sketch.BANDS; b++) {
                batch.append(allBands[i * Sketch.BANDS + b]).append('\t').append(firstParagraph + i).append('\n');
            }
            if (batch.length() > 1 << 20) {
                bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
                bandCopy.writeToCopy(bytes, 0, bytes.length);
                batch.setLength(0);
            }
        }
        bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        bandCopy.writeToCopy(bytes, 0, bytes.length);
        bandCopy.endCopy();
    }

    /** Each word replaced with probability {@code rate}; sometimes a span of another paragraph added or a span dropped. */
    private static String mutate(List<String> base, List<String> vocabulary, Random random, double rate) {
        List<String> out = new ArrayList<>();
        for (String w : base) {
            out.add(random.nextDouble() < rate ? vocabulary.get(random.nextInt(vocabulary.size())) : w);
        }
        if (random.nextInt(3) == 0 && out.size() > 10) {
            int from = random.nextInt(out.size() - 5);
            out.subList(from, Math.min(out.size(), from + 3 + random.nextInt(10))).clear();
        }
        if (random.nextInt(3) == 0) {
            int at = random.nextInt(out.size() + 1);
            int from = random.nextInt(vocabulary.size() - 20);
            out.addAll(at, vocabulary.subList(from, from + 5 + random.nextInt(15)));
        }
        return String.join(" ", out);
    }

    private static Document parse(String seed) throws Exception {
        try (InputStream in = ProvenanceBenchmark.class.getResourceAsStream("/seeds/" + seed)) {
            return DocumentImporter.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        }
    }
}
