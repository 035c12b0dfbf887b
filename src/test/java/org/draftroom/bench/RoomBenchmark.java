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
 * The room benchmark (not a test): N clients hold the live stream of one draft while delegates
 * propose amendments at a given rate, against a running demo server. Each client behaves as the web
 * client does: it reads the amendments once, revalidates them (If-None-Match) when its stream is
 * ready, then patches what it shows from each event (an amendment's event carries its number, status
 * and paragraphs) and fetches, with its ETag, only what an event does not say. Prints the delivery
 * latency from each proposal's request to every client (p50/p99), events lost, reads per second and
 * their status mix, the server's and PostgreSQL's CPU per change, and beside them pgbench's TPC-B-like
 * rate on the same PostgreSQL in the same run ({@code -c 8 -j 2 -T 30}, scale 10, database
 * pgbench_ref).
 *
 * <pre>
 * DRAFTROOM_LIVE_STREAMS_PER_USER=100000 PORT=8120 DRAFTROOM_DATA_DIR=/tmp/dr-20-room \
 *   java -Dmicronaut.environments=demo -cp target/classes:$(cat target/cp.txt) org.draftroom.Application &amp;
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.draftroom.bench.RoomBenchmark \
 *      http://localhost:8120 /tmp/dr-20-room 1000 10 60 [server pid]
 * </pre>
 * Arguments: base URL, the server's data directory (its postmaster.pid names PostgreSQL's port and
 * process), clients, changes per second, seconds measured, and the server's pid for its CPU.
 */
public final class RoomBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AMENDMENT = Pattern.compile("\"amendment\":(\\d+)");

    private RoomBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path dataDir = Path.of(args[1]);
        int clients = Integer.parseInt(args[2]);
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        long serverPid = args.length > 5 ? Long.parseLong(args[5]) : -1;
        String password = System.getenv().getOrDefault("DRAFTROOM_DEMO_PASSWORD", "demo");
        Path pidFile = Files.exists(dataDir.resolve("postmaster.pid")) ? dataDir.resolve("postmaster.pid")
                : dataDir.resolve("pg").resolve("postmaster.pid");
        List<String> pid = Files.readAllLines(pidFile);
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
                sentAt.put(JSON.readTree(r.body()).get("number").asInt(), sent);
            } else {
                refused++;
            }
        }
        Thread.sleep(3_000); // the last events on their way
        long measured = System.nanoTime() - start - 3_000_000_000L;
        long serverCpu = cpuTicks(serverPid) - serverCpu0;
        long pgCpu = postgresTicks(postmaster) - pgCpu0;
        room.stop();

        List<Long> latencies = new ArrayList<>();
        long expected = (long) sentAt.size() * clients;
        for (Room.Arrival a : room.arrivals()) {
            Long sent = sentAt.get(a.amendment());
            if (sent != null) {
                latencies.add(Math.max(0, a.nanos() - sent));
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int accepted = sentAt.size();
        double secs = measured / 1e9;
        System.out.printf("%d clients, %.1f changes/s offered, %d s: %d proposals (%d refused); %d of %d deliveries (%d missing), "
                        + "%d streams dropped and resumed%n", clients, rate, seconds, accepted, refused, sorted.length, expected,
                expected - sorted.length, room.reconnects.get());
        System.out.printf("delivery latency, proposal's request → client: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                AmendmentLoadBenchmark.percentile(sorted, 0.50), AmendmentLoadBenchmark.percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        long reads = room.reads.get() - reads0;
        System.out.printf("reads by clients while measured: %.1f/s (%d × 200, %d × 304)%n", reads / secs,
                room.ok.get() - ok0, room.notModified.get() - nm0);
        System.out.printf("CPU per change: server %s, PostgreSQL %.2f ms; pgbench TPC-B-like %.0f tps, changes/s ÷ tps = %.4f%n",
                serverPid < 0 ? "n/a" : String.format("%.2f ms", serverCpu * 10.0 / Math.max(1, accepted)),
                pgCpu * 10.0 / Math.max(1, accepted), tps, accepted / secs / tps);
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
        record Arrival(int amendment, long nanos) {
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
            final StringBuilder text = new StringBuilder();
            String lastEventId;
            boolean ready;
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
                connect(new Client());
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
                if (block.contains("amendment.proposed") && m.find()) {
                    synchronized (arrivals) {
                        arrivals.add(new Arrival(Integer.parseInt(m.group(1)), now));
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
}
