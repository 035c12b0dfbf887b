package org.draftroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark (not a test): 193 delegates, one per Member State, submit amendments to seed 004
 * at the same time over HTTP against a running server in demo mode, for a bounded time; prints
 * submissions per second and the p50/p99 latency of a submission. Each delegate submits on its own
 * kept-alive connection ({@link KeepAliveConnection}); signing in and setting up use the JDK's client.
 *
 * <pre>
 * java -Dmicronaut.environments=demo -jar target/draftroom-0.1.0.jar &amp;
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.draftroom.bench.AmendmentLoadBenchmark \
 *      http://localhost:8080 20 60 400
 * </pre>
 * Arguments: base URL (default http://localhost:8080), seconds measured (20), seconds of warm-up (60: on 2
 * cores the JIT compilers keep a core busy for most of the first minute under load), and
 * optionally an offered rate in submissions per second for all delegates together. Without a rate
 * each delegate submits again as soon as it is answered (the server's capacity; latency is then
 * mostly queueing: 193 requests are always in flight). With a rate the delegates submit on a fixed
 * schedule, and latency is measured from the scheduled moment, so a slow server cannot hide its
 * delays by slowing the load down.
 * Optionally, fifth, the server's data directory (its postmaster.pid names PostgreSQL's port): before
 * the load, pgbench's TPC-B-like rate is measured on the same PostgreSQL ({@code -c 8 -j 2 -T 30},
 * scale 10, a database of its own, as {@link RoomBenchmark} does) and the submissions per second are
 * printed beside it as a ratio, a figure that holds on a slower or faster day of the machine; and,
 * sixth, the server's pid, for the server's and PostgreSQL's CPU per submission in the measured window.
 * Demo accounts' password: DRAFTROOM_DEMO_PASSWORD, or "demo".
 * Operations are a mix on random paragraphs: replacing or deleting two words quoted from the text
 * (so some of them compete), inserting words after them, and inserting a new paragraph.
 */
public final class AmendmentLoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "004_1e6667f477649747.txt";

    private AmendmentLoadBenchmark() {
    }

    record Target(String paragraph, String quote) {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        Path dataDir = args.length > 4 ? Path.of(args[4]) : null;
        long serverPid = args.length > 5 ? Long.parseLong(args[5]) : -1;
        String password = System.getenv().getOrDefault("DRAFTROOM_DEMO_PASSWORD", "demo");
        long postmaster = -1;
        double tps = 0;
        if (dataDir != null) {
            List<String> pid = Files.readAllLines(RoomBenchmark.postmasterPid(dataDir));
            postmaster = Long.parseLong(pid.get(0).strip());
            tps = RoomBenchmark.pgbench(Integer.parseInt(pid.get(3).strip()));
            System.out.printf("pgbench TPC-B-like on the same PostgreSQL, this run: %.0f tps%n", tps);
        }
        ExecutorService pool = Executors.newFixedThreadPool(200);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(10)).build();

        String secretariat = login(client, base, "secretariat", password);
        JsonNode imported = send(client, base, "POST", "/api/drafts", secretariat, JSON.writeValueAsString(Map.of("text", seed())), 201);
        long draft = imported.get("id").asLong();
        List<Target> targets = targets(send(client, base, "GET", "/api/drafts/" + draft, secretariat, null, 200));
        List<String> codes = new ArrayList<>();
        send(client, base, "GET", "/api/member-states", secretariat, null, 200).forEach(s -> {
            if (!s.get("observer").asBoolean()) {
                codes.add(s.get("code").asText());
            }
        });
        Map<String, String> tokens = new ConcurrentHashMap<>();
        List<Future<?>> logins = new ArrayList<>();
        for (String code : codes) {
            logins.add(pool.submit(() -> tokens.put(code, login(client, base, code.toLowerCase(), password))));
        }
        for (Future<?> f : logins) {
            f.get();
        }
        System.out.printf("draft %d, %d paragraphs quoted, %d delegates signed in; warm-up %d s, measuring %d s, %s%n",
                draft, targets.size(), tokens.size(), warmup, seconds,
                rate > 0 ? "offered " + rate + " submissions/s" : "each delegate submitting back to back");
        long interval = rate > 0 ? (long) (codes.size() * 1e9 / rate) : 0;
        String submissions = "/api/drafts/" + draft + "/amendments";

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long[] cpuAtMeasure = new long[2];
        if (postmaster > 0) {
            long pm = postmaster;
            Thread measuring = new Thread(() -> {
                try {
                    Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
                    cpuAtMeasure[0] = RoomBenchmark.cpuTicks(serverPid);
                    cpuAtMeasure[1] = RoomBenchmark.postgresTicks(pm);
                } catch (Exception e) {
                    cpuAtMeasure[1] = -1;
                }
            }, "cpu-at-measure");
            measuring.setDaemon(true);
            measuring.start();
        }
        long end = measureFrom + seconds * 1_000_000_000L;
        AtomicLong refused = new AtomicLong();
        Progress progress = new Progress(start);
        AtomicLong failed = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int d = 0; d < codes.size(); d++) {
            String code = codes.get(d);
            long firstSlot = start + (interval * d) / codes.size();
            long firstMeasuredSlot = measureFrom + (interval * d) / codes.size();
            workers.add(pool.submit(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                String token = tokens.get(code);
                KeepAliveConnection connection = new KeepAliveConnection(base);
                long slot = firstSlot;
                boolean rebased = false;
                while (System.nanoTime() < end) {
                    if (interval > 0 && !rebased && System.nanoTime() >= measureFrom) {
                        // The warm-up may have left this delegate behind its schedule (the JIT is still
                        // compiling); the measured schedule starts afresh, so that latency measures the
                        // server at the offered rate and not a backlog left over from the warm-up.
                        slot = Math.max(slot, firstMeasuredSlot);
                        rebased = true;
                    }
                    String body = amendment(targets);
                    long t0 = System.nanoTime();
                    if (interval > 0) {
                        long wait = slot - t0;
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        t0 = slot;
                        slot += interval;
                    }
                    int status;
                    try {
                        status = connection.post(submissions, token, body);
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        continue;
                    }
                    long t1 = System.nanoTime();
                    progress.record(t1, t1 - t0);
                    if (t0 >= measureFrom && t1 <= end) {
                        if (status == 201) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = t1 - t0;
                        } else if (status == 409 || status == 422) {
                            refused.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                }
                connection.close();
                return Arrays.copyOf(mine, n);
            }));
        }
        for (Future<long[]> w : workers) {
            latencies.add(w.get());
        }
        long serverCpu = RoomBenchmark.cpuTicks(serverPid) - cpuAtMeasure[0];
        long pgCpu = postmaster > 0 ? RoomBenchmark.postgresTicks(postmaster) - cpuAtMeasure[1] : 0;
        progress.print(measureFrom);
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        pool.shutdownNow();
        System.out.printf("%d delegates, %d s: %d submissions accepted (%d refused, %d failed)%n", codes.size(), seconds, all.length,
                refused.get(), failed.get());
        System.out.printf("submissions/s: %.0f%n", all.length / (double) seconds);
        if (tps > 0) {
            System.out.printf("pgbench TPC-B-like, same run: %.0f tps; submissions/s ÷ tps = %.3f%n", tps, all.length / (double) seconds / tps);
            System.out.printf("CPU per submission while measured: server %s, PostgreSQL %.2f ms%n",
                    serverPid < 0 ? "n/a" : String.format("%.2f ms", serverCpu * 10.0 / Math.max(1, all.length)),
                    pgCpu * 10.0 / Math.max(1, all.length));
        }
        System.out.printf("latency p50: %.1f ms, p99: %.1f ms, max: %.1f ms%n", percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf("machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    /** One amendment of the mix, as JSON. */
    static String amendment(List<Target> targets) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        Target t = targets.get(r.nextInt(targets.size()));
        int kind = r.nextInt(10);
        Map<String, Object> op;
        if (kind < 4) {
            op = Map.of("type", "REPLACE_WORDS", "paragraph", t.paragraph(), "quote", t.quote(), "text", "revised words " + r.nextInt(1000));
        } else if (kind < 6) {
            op = Map.of("type", "DELETE_WORDS", "paragraph", t.paragraph(), "quote", t.quote());
        } else if (kind < 8) {
            op = Map.of("type", "INSERT_WORDS", "paragraph", t.paragraph(), "after", t.quote(), "text", "and in particular");
        } else {
            op = Map.of("type", "INSERT_PARAGRAPH", "paragraph", t.paragraph(), "position", "AFTER",
                    "text", "A new paragraph proposed under load, number " + r.nextInt(100_000) + ";");
        }
        return JSON.writeValueAsString(Map.of("operations", List.of(op), "justification", "benchmark"));
    }

    /** Two-word quotes that occur once in their paragraph. */
    static List<Target> targets(JsonNode draft) {
        List<Target> out = new ArrayList<>();
        for (JsonNode p : draft.get("paragraphs")) {
            String phrase = p.get("openingPhrase").asText("");
            String text = p.get("text").asText();
            String full = phrase.isEmpty() ? text : phrase + (text.isEmpty() || ",;:.".indexOf(text.charAt(0)) >= 0 ? "" : " ") + text;
            String[] words = text.split(" ");
            for (int i = 0; i + 1 < words.length; i += 3) {
                String quote = words[i] + " " + words[i + 1];
                if (!quote.isBlank() && full.indexOf(quote) == full.lastIndexOf(quote)) {
                    out.add(new Target(p.get("label").asText(), quote));
                }
            }
        }
        return out;
    }

    static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String login(HttpClient client, URI base, String username, String password) throws Exception {
        return send(client, base, "POST", "/login", null, JSON.writeValueAsString(Map.of("username", username, "password", password)), 200)
                .get("access_token").asText();
    }

    static JsonNode send(HttpClient client, URI base, String method, String path, String token, String body, int expected) throws Exception {
        HttpResponse<String> r = client.send(request(base, method, path, token, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static HttpRequest request(URI base, String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static String seed() throws Exception {
        Path file = Path.of("src/main/resources/seeds", SEED);
        if (Files.exists(file)) {
            return Files.readString(file);
        }
        try (InputStream in = AmendmentLoadBenchmark.class.getResourceAsStream("/seeds/" + SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
