package org.draftroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The room benchmark (not a test): N clients hold the live stream of one draft while a delegate
 * proposes amendments at a given rate and the facilitator decides on them at another (accepting
 * and rejecting in turn; an acceptance makes a new version), against a running demo server. Each client behaves as the web
 * client does: it reads the amendments once, revalidates them (If-None-Match) when its stream is
 * ready, then patches what it shows from each event (an amendment's event carries its number, status
 * and paragraphs) and fetches, with its ETag, only what an event does not say. Prints the delivery
 * latency from each proposal's and each decision's request to every client (p50/p99), events lost,
 * the reads the web client would make for the events it got (views/live-patch.js: one burst of 150 ms
 * is one read of what it lacks; counted, not made: see docs/PERFORMANCE.md), reads per second and
 * their status mix, the server's and PostgreSQL's CPU per change, and beside them pgbench's TPC-B-like
 * rate on the same PostgreSQL in the same run ({@code -c 8 -j 2 -T 30}, scale 10, database
 * pgbench_ref).
 *
 * <pre>
 * DRAFTROOM_LIVE_STREAMS_PER_USER=100000 PORT=8120 DRAFTROOM_DATA_DIR=/tmp/dr-20-room \
 *   java -Dmicronaut.environments=demo -cp target/classes:$(cat target/cp.txt) org.draftroom.Application &amp;
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.draftroom.bench.RoomBenchmark \
 *      http://localhost:8120 /tmp/dr-20-room 1000 10 60 [server pid] [decisions per second]
 * </pre>
 * Arguments: base URL, the server's data directory (its postmaster.pid names PostgreSQL's port and
 * process), clients, proposals per second, seconds measured, the server's pid for its CPU (or -1),
 * and the facilitator's decisions per second (0, the default: none).
 */
public final class RoomBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AMENDMENT = Pattern.compile("\"amendment\":(\\d+)");
    private static final Pattern DECIDED = Pattern.compile("\"amendment\":\"amendment (\\d+)\"");
    private static final Pattern SUPERSEDED = Pattern.compile("\"superseded\":\\[([0-9,]*)\\]");
    /** The web client's burst: events within this many ms of the first are handed over together (live.js). */
    private static final long BURST_NANOS = 150_000_000L;

    private RoomBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path dataDir = Path.of(args[1]);
        int clients = Integer.parseInt(args[2]);
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        long serverPid = args.length > 5 ? Long.parseLong(args[5]) : -1;
        double decisionRate = args.length > 6 ? Double.parseDouble(args[6]) : 0;
        String password = System.getenv().getOrDefault("DRAFTROOM_DEMO_PASSWORD", "demo");
        List<String> pid = Files.readAllLines(postmasterPid(dataDir));
        long postmaster = Long.parseLong(pid.get(0).strip());
        int pgPort = Integer.parseInt(pid.get(3).strip());

        double tps = pgbench(pgPort);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String secretariat = AmendmentLoadBenchmark.login(http, base, "secretariat", password);
        JsonNode imported = AmendmentLoadBenchmark.send(http, base, "POST", "/api/drafts", secretariat,
                JSON.writeValueAsString(Map.of("text", AmendmentLoadBenchmark.seed())), 201);
        long draft = imported.get("id").asLong();
        List<AmendmentLoadBenchmark.Target> targets = AmendmentLoadBenchmark.targets(
                AmendmentLoadBenchmark.send(http, base, "GET", "/api/drafts/" + draft, secretariat, null, 200));
        String delegate = AmendmentLoadBenchmark.login(http, base, "fra", password);
        Facilitator facilitator = null;
        if (decisionRate > 0) {
            AmendmentLoadBenchmark.send(http, base, "POST", "/api/drafts/" + draft + "/facilitator", secretariat,
                    JSON.writeValueAsString(Map.of("username", "facilitator")), 200);
            facilitator = new Facilitator(base, draft, AmendmentLoadBenchmark.login(http, base, "facilitator", password), decisionRate);
        }

        Room room = new Room(base, draft, secretariat, clients);
        room.open();
        System.out.printf("draft %d: %d clients streaming (%d initial reads: %d × 200, %d × 304); pgbench TPC-B-like %.0f tps%n",
                draft, room.ready(), room.reads.get(), room.ok.get(), room.notModified.get(), tps);

        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        long reads0 = room.reads.get();
        long ok0 = room.ok.get();
        long nm0 = room.notModified.get();
        long serverCpu0 = cpuTicks(serverPid);
        long pgCpu0 = postgresTicks(postmaster);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        if (facilitator != null) {
            facilitator.start(start, end);
        }
        int changes = 0;
        int refused = 0;
        while (System.nanoTime() < end) {
            long due = start + (long) (changes / rate * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long sent = System.nanoTime();
            HttpResponse<String> r = http.send(AmendmentLoadBenchmark.request(base, "POST", "/api/drafts/" + draft + "/amendments",
                    delegate, AmendmentLoadBenchmark.amendment(targets)), HttpResponse.BodyHandlers.ofString());
            changes++;
            if (r.statusCode() == 201) {
                int number = JSON.readTree(r.body()).get("number").asInt();
                sentAt.put(number, sent);
                if (facilitator != null) {
                    facilitator.pending.add(new Proposed(number, r.headers().firstValue("ETag").orElse("")));
                }
            } else {
                refused++;
            }
        }
        if (facilitator != null) {
            facilitator.join();
        }
        Thread.sleep(3_000); // the last events on their way
        long measured = System.nanoTime() - start - 3_000_000_000L;
        long serverCpu = cpuTicks(serverPid) - serverCpu0;
        long pgCpu = postgresTicks(postmaster) - pgCpu0;
        room.stop();

        List<Long> latencies = new ArrayList<>();
        List<Long> decisionLatencies = new ArrayList<>();
        long expected = (long) sentAt.size() * clients;
        Map<Integer, Long> decidedAt = facilitator == null ? Map.of() : facilitator.decidedAt;
        List<Room.Arrival> arrivals = room.arrivals();
        for (Room.Arrival a : arrivals) {
            Long sent = a.decided() ? decidedAt.get(a.amendment()) : sentAt.get(a.amendment());
            if (sent != null) {
                (a.decided() ? decisionLatencies : latencies).add(Math.max(0, a.nanos() - sent));
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] decisionsSorted = decisionLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int accepted = sentAt.size();
        double secs = measured / 1e9;
        System.out.printf("%d clients, %.1f changes/s offered, %d s: %d proposals (%d refused); %d of %d deliveries (%d missing), "
                        + "%d streams dropped and resumed%n", clients, rate, seconds, accepted, refused, sorted.length, expected,
                expected - sorted.length, room.reconnects.get());
        System.out.printf("delivery latency, proposal's request → client: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                AmendmentLoadBenchmark.percentile(sorted, 0.50), AmendmentLoadBenchmark.percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        if (facilitator != null) {
            System.out.printf("facilitator, %.1f decisions/s offered: %d accepted, %d rejected, %d refused (superseded or changed meanwhile); "
                            + "%d of %d deliveries; latency decision's request → client: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    decisionRate, facilitator.accepted.get(), facilitator.rejected.get(), facilitator.refused.get(), decisionsSorted.length,
                    (long) decidedAt.size() * clients, AmendmentLoadBenchmark.percentile(decisionsSorted, 0.50),
                    AmendmentLoadBenchmark.percentile(decisionsSorted, 0.99),
                    decisionsSorted.length == 0 ? 0 : decisionsSorted[decisionsSorted.length - 1] / 1e6);
        }
        WouldRead would = WouldRead.of(arrivals);
        System.out.printf("reads the web client would make for these events (counted, not made): %.1f/s (%.2f per client per s): "
                        + "amendment list %d, one amendment %d, draft %d, history %d%n", would.total() / secs, would.total() / secs / clients,
                would.list, would.single, would.draft, would.history);
        long reads = room.reads.get() - reads0;
        System.out.printf("reads by clients while measured: %.1f/s (%d × 200, %d × 304)%n", reads / secs,
                room.ok.get() - ok0, room.notModified.get() - nm0);
        int allChanges = accepted + (facilitator == null ? 0 : facilitator.accepted.get() + facilitator.rejected.get());
        System.out.printf("CPU per change: server %s, PostgreSQL %.2f ms; pgbench TPC-B-like %.0f tps, changes/s ÷ tps = %.4f%n",
                serverPid < 0 ? "n/a" : String.format("%.2f ms", serverCpu * 10.0 / Math.max(1, allChanges)),
                pgCpu * 10.0 / Math.max(1, allChanges), tps, allChanges / secs / tps);
    }

    /** The embedded PostgreSQL's postmaster.pid in a server's data directory: its pid first, its port fourth. */
    static Path postmasterPid(Path dataDir) {
        return Files.exists(dataDir.resolve("postmaster.pid")) ? dataDir.resolve("postmaster.pid")
                : dataDir.resolve("pg").resolve("postmaster.pid");
    }

    /** pgbench TPC-B-like on the same PostgreSQL, in a database of its own. */
    static double pgbench(int port) throws IOException, InterruptedException {
        run(List.of("psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-d", "postgres", "-qc",
                "DROP DATABASE IF EXISTS pgbench_ref"));
        run(List.of("psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-d", "postgres", "-qc",
                "CREATE DATABASE pgbench_ref"));
        run(List.of("pgbench", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-i", "-q", "-s", "10", "pgbench_ref"));
        String out = run(List.of("pgbench", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres",
                "-c", "8", "-j", "2", "-T", "30", "pgbench_ref"));
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench said: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    /** User + system CPU of a process, in clock ticks (1/100 s). */
    static long cpuTicks(long pid) {
        if (pid < 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** PostgreSQL's CPU: the postmaster and its children (backends, walwriter, checkpointer...). */
    static long postgresTicks(long postmaster) throws IOException {
        long sum = cpuTicks(postmaster);
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path d : dirs.toList()) {
                String name = d.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(d.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(f[1]) == postmaster) {
                        sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // gone meanwhile
                }
            }
        }
        return sum;
    }

    /**
     * The clients, on one selector thread: each holds a stream over a plain socket, takes the
     * events as they come and notes when each amendment's event arrived. A stream that ends is
     * opened again with the id of the last event taken.
     */
    static final class Room {
        /** An amendment's event reached a client: its proposal, or ({@code decided}) its decision; {@code superseded} by an acceptance. */
        record Arrival(int client, int amendment, long nanos, boolean decided, boolean accepted, int superseded) {
        }

        private final URI base;
        private final long draft;
        private final String token;
        private final int count;
        final AtomicLong reads = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong notModified = new AtomicLong();
        final AtomicLong reconnects = new AtomicLong();
        private final List<Arrival> arrivals = new ArrayList<>();
        private final Selector selector;
        private volatile boolean running = true;
        private Thread thread;
        private int ready;

        Room(URI base, long draft, String token, int count) throws IOException {
            this.base = base;
            this.draft = draft;
            this.token = token;
            this.count = count;
            this.selector = Selector.open();
        }

        final class Client {
            final int index;
            final StringBuilder text = new StringBuilder();
            String lastEventId;
            boolean ready;

            Client(int index) {
                this.index = index;
            }
        }

        void open() throws Exception {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String path = "/api/drafts/" + draft + "/amendments?size=200";
            for (int i = 0; i < count; i++) {
                // as the page does: a first read, then a revalidation when the stream is ready
                HttpResponse<String> first = http.send(AmendmentLoadBenchmark.request(base, "GET", path, token, null),
                        HttpResponse.BodyHandlers.ofString());
                count(first.statusCode());
                String etag = first.headers().firstValue("ETag").orElse("");
                connect(new Client(i));
                var again = java.net.http.HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                        .header("If-None-Match", etag).build();
                count(http.send(again, HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            thread = new Thread(this::loop, "room");
            thread.start();
            for (int i = 0; i < 600 && readyCount() < count; i++) {
                Thread.sleep(50);
            }
        }

        private void count(int status) {
            reads.incrementAndGet();
            if (status == 200) {
                ok.incrementAndGet();
            } else if (status == 304) {
                notModified.incrementAndGet();
            }
        }

        private synchronized int readyCount() {
            return ready;
        }

        int ready() {
            return readyCount();
        }

        private void connect(Client client) throws IOException {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(base.getHost(), base.getPort()));
            channel.configureBlocking(false);
            String request = "GET /api/drafts/" + draft + "/events HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + (client.lastEventId == null ? "" : "Last-Event-ID: " + client.lastEventId + "\r\n") + "\r\n";
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            selector.wakeup();
            synchronized (this) {
                channel.register(selector, SelectionKey.OP_READ, client);
            }
        }

        private void loop() {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (running) {
                try {
                    selector.select(200);
                    for (SelectionKey key : selector.selectedKeys()) {
                        Client client = (Client) key.attachment();
                        SocketChannel channel = (SocketChannel) key.channel();
                        buffer.clear();
                        int n = channel.read(buffer);
                        if (n < 0) {
                            key.cancel();
                            channel.close();
                            reconnects.incrementAndGet();
                            client.text.setLength(0);
                            connect(client);
                            continue;
                        }
                        long now = System.nanoTime();
                        client.text.append(new String(buffer.array(), 0, n, StandardCharsets.UTF_8));
                        take(client, now);
                    }
                    selector.selectedKeys().clear();
                } catch (IOException e) {
                    if (running) {
                        System.err.println("room: " + e);
                    }
                }
            }
        }

        /** Takes the whole events in what arrived (chunk framing lines are skipped as noise). */
        private void take(Client client, long now) {
            int end;
            while ((end = client.text.indexOf("\n\n")) >= 0) {
                String block = client.text.substring(0, end);
                client.text.delete(0, end + 2);
                if (block.contains("event: ready") || block.contains("event:ready")) {
                    if (!client.ready) {
                        client.ready = true;
                        synchronized (this) {
                            ready++;
                        }
                    }
                }
                for (String line : block.split("\n")) {
                    if (line.startsWith("id:")) {
                        client.lastEventId = line.substring(3).strip();
                    }
                }
                Matcher m = AMENDMENT.matcher(block);
                Matcher d = DECIDED.matcher(block);
                if (block.contains("amendment.proposed") && m.find()) {
                    synchronized (arrivals) {
                        arrivals.add(new Arrival(client.index, Integer.parseInt(m.group(1)), now, false, false, 0));
                    }
                } else if ((block.contains("amendment.accepted") || block.contains("amendment.rejected")) && d.find()) {
                    Matcher s = SUPERSEDED.matcher(block);
                    int superseded = s.find() && !s.group(1).isEmpty() ? s.group(1).split(",").length : 0;
                    synchronized (arrivals) {
                        arrivals.add(new Arrival(client.index, Integer.parseInt(d.group(1)), now, true, block.contains("amendment.accepted"),
                                superseded));
                    }
                }
            }
        }

        List<Arrival> arrivals() {
            synchronized (arrivals) {
                return List.copyOf(arrivals);
            }
        }

        void stop() throws Exception {
            running = false;
            selector.wakeup();
            thread.join(5_000);
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
        }
    }

    record Proposed(int number, String etag) {
    }

    /**
     * The facilitator: decides on the proposals in the order they came, at a fixed rate, accepting
     * and rejecting in turn, each with the ETag its proposal was answered with. A proposal that an
     * acceptance superseded, or whose text no longer holds, is refused (409/422) and counted.
     */
    static final class Facilitator {
        final java.util.concurrent.BlockingQueue<Proposed> pending = new java.util.concurrent.LinkedBlockingQueue<>();
        final Map<Integer, Long> decidedAt = new ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger rejected = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        private final URI base;
        private final long draft;
        private final String token;
        private final double rate;
        private Thread thread;

        Facilitator(URI base, long draft, String token, double rate) {
            this.base = base;
            this.draft = draft;
            this.token = token;
            this.rate = rate;
        }

        void start(long start, long end) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            thread = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long wait = start + (long) (n / rate * 1e9) - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        Proposed p = pending.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                        if (p == null) {
                            continue;
                        }
                        boolean accept = n++ % 2 == 0;
                        var request = java.net.http.HttpRequest.newBuilder(base.resolve("/api/drafts/" + draft + "/amendments/" + p.number()
                                        + "/decision")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("If-Match", p.etag()).POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(Map.of("decision", accept ? "ACCEPT" : "REJECT", "reason", "benchmark"))))
                                .build();
                        long sent = System.nanoTime();
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            decidedAt.put(p.number(), sent);
                            (accept ? accepted : rejected).incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    System.err.println("facilitator: " + e);
                }
            }, "facilitator");
            thread.start();
        }

        void join() throws InterruptedException {
            thread.join();
        }
    }

    /**
     * The reads the web client would make for the events each client got: it hands over the events
     * of 150 ms as one burst and reads, with its ETags, what the burst lacks: the history always;
     * the amendment list when an amendment was proposed (its operations are not in the event) or more
     * than three were decided; else each decided amendment alone; and the draft when an acceptance
     * made a new version.
     */
    record WouldRead(long list, long single, long draft, long history) {
        long total() {
            return list + single + draft + history;
        }

        static WouldRead of(List<Room.Arrival> arrivals) {
            Map<Integer, List<Room.Arrival>> byClient = new java.util.HashMap<>();
            for (Room.Arrival a : arrivals) {
                byClient.computeIfAbsent(a.client(), c -> new ArrayList<>()).add(a);
            }
            long list = 0;
            long single = 0;
            long draft = 0;
            long history = 0;
            for (List<Room.Arrival> mine : byClient.values()) {
                mine.sort(java.util.Comparator.comparingLong(Room.Arrival::nanos));
                int i = 0;
                while (i < mine.size()) {
                    long from = mine.get(i).nanos();
                    boolean proposed = false;
                    boolean newVersion = false;
                    int decided = 0;
                    for (; i < mine.size() && mine.get(i).nanos() - from <= BURST_NANOS; i++) {
                        Room.Arrival a = mine.get(i);
                        proposed |= !a.decided();
                        newVersion |= a.accepted();
                        decided += a.decided() ? 1 + a.superseded() : 0;
                    }
                    history++;
                    draft += newVersion ? 1 : 0;
                    if (proposed || decided > 3) {
                        list++;
                    } else {
                        single += decided;
                    }
                }
            }
            return new WouldRead(list, single, draft, history);
        }
    }
}
