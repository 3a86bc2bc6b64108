package vn.thethuc.uno.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.thethuc.uno.serve.ServeCommand;
import vn.thethuc.uno.serve.Server;

/**
 * {@code bench serve}: one document checked warm through the server (p50, p95) beside the cold CLI
 * check of the same file, and the throughput with 1 and with 2 requests in flight on 2 workers.
 */
public final class ServeBench {
    static final int COLD_RUNS = 3;
    static final int WARM_RUNS = 40;
    static final int THROUGHPUT_REQUESTS = 40;

    private ServeBench() {
    }

    /** {@code document}: the .docx to check; {@code launcher}: bin/thethuc, for the cold runs. */
    public static void run(Path document, Path launcher, Path profiles, Path oxt, PrintStream out) throws Exception {
        double[] cold = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(launcher.toString(), "check", document.toString(), "--format", "json")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            if (exit > 1) {
                throw new IOException("the CLI check failed (exit " + exit + ")");
            }
            cold[i] = (System.nanoTime() - t0) / 1e6;
        }
        Server.Config config = new Server.Config("127.0.0.1", 0, 2, 16, Duration.ofSeconds(120), 20L << 20, 1000);
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        try (ServeCommand.Running running = ServeCommand.start(config, profiles, oxt, quiet)) {
            URI uri = URI.create("http://127.0.0.1:" + running.server().port() + "/v1/check?format=json");
            HttpClient http = HttpClient.newHttpClient();
            byte[] body = Files.readAllBytes(document);
            for (int i = 0; i < 6; i++) {
                send(http, uri, body);
            }
            double[] warm = new double[WARM_RUNS];
            for (int i = 0; i < WARM_RUNS; i++) {
                long t0 = System.nanoTime();
                send(http, uri, body);
                warm[i] = (System.nanoTime() - t0) / 1e6;
            }
            double one = throughput(http, uri, body, 1);
            double two = throughput(http, uri, body, 2);
            double coldMedian = percentile(cold, 50);
            double p50 = percentile(warm, 50);
            out.printf(Locale.ROOT, "document | cold CLI check, median of %d (ms) | warm via server p50 (ms) | p95 (ms) | p50 / cold%n",
                    COLD_RUNS);
            out.println("---|---:|---:|---:|---:");
            out.printf(Locale.ROOT, "%s | %.0f | %.0f | %.0f | %.3f%n%n", document.getFileName(), coldMedian, p50,
                    percentile(warm, 95), p50 / coldMedian);
            out.println("in flight (2 workers) | requests | checks per second | vs 1 in flight");
            out.println("---:|---:|---:|---:");
            out.printf(Locale.ROOT, "1 | %d | %.2f | 1.00%n", THROUGHPUT_REQUESTS, one);
            out.printf(Locale.ROOT, "2 | %d | %.2f | %.2f%n", THROUGHPUT_REQUESTS, two, two / one);
            out.printf(Locale.ROOT, "%ncores: %d%n", Runtime.getRuntime().availableProcessors());
        }
    }

    private static double throughput(HttpClient http, URI uri, byte[] body, int inFlight) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < THROUGHPUT_REQUESTS; i++) {
                all.add(pool.submit(() -> {
                    send(http, uri, body);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
            return THROUGHPUT_REQUESTS / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void send(HttpClient http, URI uri, byte[] body) throws IOException, InterruptedException {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 200) {
            throw new IOException("the server answered " + r.statusCode());
        }
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
