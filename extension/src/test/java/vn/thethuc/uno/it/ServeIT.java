package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code bin/thethuc serve} as an administrator runs it (#15): two LibreOffice workers, checks sent at
 * the same time give what the CLI gives, a Word 97 file is checked, bad bodies get a JSON error, a
 * worker killed with SIGKILL is replaced, a stuck one is stopped at the task's time and the queue's
 * limit answers 503. Two CLI checks at the same time both succeed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final int TASK_TIMEOUT = 25;

    static Path cache;
    static vn.thethuc.sign.PadesSigner.Key agency;
    static Process server;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        cache = Files.createTempDirectory("thethuc-serve-it");
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        agency = vn.thethuc.sign.DemoCertificate.key("RSA", "CN=Văn thư Sở Y tế (thử nghiệm),O=Sở Y tế (thử nghiệm),C=VN");
        java.nio.file.Path p12 = vn.thethuc.sign.PadesSignerTest.p12(cache, agency);
        java.nio.file.Path seal = SignatureImages.seal(cache.resolve("con-dau.png"));
        ProcessBuilder pb = new ProcessBuilder(Fixtures.BASEDIR.resolve("bin/thethuc").toString(), "serve",
                "--port", String.valueOf(port), "--workers", "2", "--max-queue", "0",
                "--task-timeout", String.valueOf(TASK_TIMEOUT), "--max-size", "1",
                "--issue-pkcs12", p12.toString(), "--issue-pin-env", "ISSUE_PIN", "--issue-seal", seal.toString(),
                "--feed-allow", "https://feeds.sokhdt.example.vn/kehoach/")
                .redirectErrorStream(true)
                .redirectOutput(cache.resolve("serve.log").toFile());
        pb.environment().putAll(Map.of("XDG_CACHE_HOME", cache.toString(), "THETHUC_LANG", "vi", "ISSUE_PIN", "123456"));
        server = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), () -> "the server stopped: " + log());
            try {
                if (get("/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not answer /health: " + log());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            List<ProcessHandle> offices = offices();
            server.destroy(); // SIGTERM to the launcher, which stops the Java server and its workers
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not stop");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (offices.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertTrue(offices.stream().noneMatch(ProcessHandle::isAlive), "workers left running after the server stopped");
        }
    }

    static String log() {
        try {
            return Files.readString(cache.resolve("serve.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Waits (at most 60 s) until {@code n} requests hold a worker, as /health tells: not a guess of how long it takes. */
    static void awaitBusy(int n) throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int busy = -1;
        while (System.nanoTime() < until) {
            busy = JsonParser.parseString(get("/health").body()).getAsJsonObject().get("busy").getAsInt();
            if (busy >= n) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(n + " requests never held a worker (busy " + busy + ")");
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String type, byte[] body, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> check(Path file) throws IOException, InterruptedException {
        String type = file.toString().endsWith(".odt") ? ODT : file.toString().endsWith(".doc") ? "application/msword" : DOCX;
        return post("/v1/check?mode=draft&format=json&name=" + file.getFileName(), type, Files.readAllBytes(file), null);
    }

    /** The LibreOffice processes the server runs. */
    static List<ProcessHandle> offices() {
        return server.descendants().filter(p -> p.info().command().orElse("").endsWith("soffice.bin")).toList();
    }

    /** rule ¶paragraph, in order: what must agree between the server and the CLI. */
    static List<String> findings(JsonObject report) {
        List<String> all = new ArrayList<>();
        for (JsonElement f : report.getAsJsonArray("findings")) {
            JsonObject o = f.getAsJsonObject();
            all.add(o.get("rule").getAsString() + " ¶" + o.get("paragraph") + " " + o.get("message").getAsString());
        }
        return all;
    }

    @Test
    @Order(1)
    void healthSaysTheWorkersAndTheVersion() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        JsonObject h = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals("ok", h.get("status").getAsString());
        assertEquals(2, h.get("workers").getAsInt());
        assertEquals(vn.thethuc.Version.get(), h.get("version").getAsString());
        assertEquals(2, offices().size(), "two LibreOffice workers");
        // the agency's PIN left the environment in the launcher: neither the server's JVM nor a worker has it (#24)
        List<ProcessHandle> children = server.descendants().toList();
        assertTrue(children.size() >= 3, "the JVM and the workers: " + children);
        for (ProcessHandle child : children) {
            byte[] environ;
            try {
                environ = Files.readAllBytes(java.nio.file.Path.of("/proc", Long.toString(child.pid()), "environ"));
            } catch (IOException gone) {
                continue; // a helper process that has ended
            }
            String env = new String(environ, java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(env.contains("ISSUE_PIN=") || env.contains("=123456"), child.info().command() + " has the PIN");
        }
    }

    @Test
    @Order(2)
    void checksAtTheSameTimeGiveWhatTheCliGives() throws Exception {
        List<Path> corpus;
        try (Stream<Path> s = Files.list(Fixtures.CORPUS)) {
            corpus = s.filter(p -> p.toString().endsWith(".docx") || p.toString().endsWith(".odt")).sorted().toList();
        }
        assertTrue(corpus.size() >= 10, corpus.toString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Path f : corpus) {
            answers.add(pool.submit(() -> check(f)));
        }
        LauncherIT.Run cli = LauncherIT.run(Map.of("THETHUC_LANG", "vi", "XDG_CACHE_HOME", cache.resolve("cli").toString()),
                Stream.concat(Stream.of("check", "--format", "json"), corpus.stream().map(Path::toString))
                        .toArray(String[]::new));
        assertEquals(1, cli.exit(), cli.err());
        JsonArray expected = JsonParser.parseString(cli.out()).getAsJsonArray();
        for (int i = 0; i < corpus.size(); i++) {
            HttpResponse<String> r = answers.get(i).get(300, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject report = JsonParser.parseString(r.body()).getAsJsonObject();
            assertEquals(corpus.get(i).getFileName().toString(), report.get("file").getAsString());
            JsonObject cliReport = expected.get(i).getAsJsonObject();
            assertEquals(findings(cliReport), findings(report), corpus.get(i).toString());
            assertEquals(cliReport.getAsJsonObject("summary"), report.getAsJsonObject("summary"));
        }
        pool.shutdown();
        // text and SARIF are what the CLI prints too
        HttpResponse<String> text = post("/v1/check?format=text", DOCX,
                Files.readAllBytes(Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx")), null);
        assertTrue(text.body().contains("[Lỗi] ND30.NOI_NHAN.LUU") && text.body().contains("Tổng cộng:"), text.body());
        HttpResponse<String> sarif = post("/v1/check?format=sarif&mode=issue", DOCX,
                Files.readAllBytes(Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx")), null);
        assertEquals(java.util.Set.of(), vn.thethuc.report.SarifSchema.errors(sarif.body()));
    }

    /** THETHUC_SERVER set: the CLI starts no office; the reports are the server's; a server away is exit 2 at once. */
    @Test
    @Order(3)
    void theCliChecksThroughTheServerWhenAsked() throws Exception {
        Path plan = Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx");
        Path doc = Fixtures.SHARED.resolve("real/lamdong-snv_cv_SNV-CCHC-VTLT_to-giup-viec-cchc.doc");
        Path clientCache = cache.resolve("client");
        LauncherIT.Run cli = LauncherIT.run(Map.of("THETHUC_LANG", "vi", "XDG_CACHE_HOME", clientCache.toString(),
                "THETHUC_SERVER", base), "check", "--format", "json", plan.toString(), doc.toString());
        assertEquals(1, cli.exit(), cli.err());
        JsonArray reports = JsonParser.parseString(cli.out()).getAsJsonArray();
        assertEquals(2, reports.size(), cli.out());
        JsonObject direct = JsonParser.parseString(check(plan).body()).getAsJsonObject();
        JsonObject first = reports.get(0).getAsJsonObject();
        assertEquals(plan.toString(), first.get("file").getAsString());
        assertEquals(findings(direct), findings(first));
        assertEquals("CV", reports.get(1).getAsJsonObject().get("documentType").getAsString());
        assertFalse(Files.exists(clientCache.resolve("thethuc/profile")), "the CLI started an office of its own");

        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        LauncherIT.Run away = LauncherIT.run(Map.of("THETHUC_LANG", "en", "XDG_CACHE_HOME", clientCache.toString(),
                "THETHUC_SERVER", "http://127.0.0.1:" + port), "check", plan.toString());
        assertEquals(2, away.exit(), away.err());
        assertTrue(away.err().contains("Cannot reach the check server http://127.0.0.1:" + port), away.err());
    }

    /** POST /v1/issue: the agency's key given at the start; the issued PDF back, or the refusal as JSON. */
    @Test
    @Order(3)
    void aSignedPdfIsIssuedWithTheAgencysKeyOfTheServer() throws Exception {
        vn.thethuc.sign.PadesSigner.Key signer = vn.thethuc.sign.DemoCertificate.key("EC");
        byte[] plain = vn.thethuc.sign.TestPdfs.page("Số:      /KH-SYT");
        byte[] signed = vn.thethuc.sign.PadesSigner.sign(plain, signer, vn.thethuc.sign.PadesSigner.now(),
                "Ký", "", null, new vn.thethuc.sign.Appearance(new vn.thethuc.sign.Appearance.Box(1, 350, 200, 520, 270),
                        List.of("Ký bởi: thử nghiệm"), null, null, null), true,
                new vn.thethuc.sign.PadesSigner.Revision(vn.thethuc.sign.PadesSigner.SIGNER_FIELD, List.of(
                        new vn.thethuc.sign.ReservedFields.Field(vn.thethuc.sign.ReservedFields.NUMBER_FIELD,
                                new vn.thethuc.sign.Appearance.Box(1, 60, 790, 90, 806))), Map.of(), null));
        String today = vn.thethuc.document.VietnamTime.today().toString();
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/issue?number=15&date=" + today))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("15", r.headers().firstValue("X-TheThuc-Number").orElse(""));
        List<vn.thethuc.verify.Verifier.Signature> both = vn.thethuc.verify.Verifier.verify(r.body(), "x.pdf",
                List.of(signer.certificate(), agency.certificate()));
        assertEquals(2, both.size());
        assertTrue(both.get(0).valid() && both.get(1).valid() && both.get(1).trusted(), both.toString());
        assertEquals("Sở Y tế (thử nghiệm)", both.get(1).organisation());

        HttpResponse<String> again = post("/v1/issue?number=16&date=" + today, "application/pdf", r.body(), "en");
        assertEquals(400, again.statusCode(), again.body());
        JsonObject error = JsonParser.parseString(again.body()).getAsJsonObject();
        assertEquals("refused", error.get("code").getAsString());
        assertTrue(error.get("error").getAsString().contains("already has the number «15»"), again.body());
        assertEquals(415, post("/v1/issue?number=15&date=" + today, DOCX, signed, null).statusCode());
        assertEquals(400, post("/v1/issue?number=15", "application/pdf", signed, null).statusCode());
    }

    @Test
    @Order(3)
    void aWord97FileIsChecked() throws Exception {
        Path doc = Fixtures.SHARED.resolve("real/lamdong-snv_cv_SNV-CCHC-VTLT_to-giup-viec-cchc.doc");
        HttpResponse<String> r = check(doc);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals("CV", report.get("documentType").getAsString(), r.body());
    }

    @Test
    @Order(4)
    void whatIsNotADocumentGetsAJsonErrorInTheClientsLanguage() throws Exception {
        byte[] random = new byte[100_000];
        new java.util.Random(15).nextBytes(random);
        HttpResponse<String> bytes = post("/v1/check?name=ke-hoach.odt", ODT, random, null);
        assertEquals(400, bytes.statusCode(), bytes.body());
        JsonObject e = JsonParser.parseString(bytes.body()).getAsJsonObject();
        assertEquals("not_a_document", e.get("code").getAsString());
        assertTrue(e.get("error").getAsString().contains("ke-hoach.odt")
                && e.get("error").getAsString().contains("không phải văn bản"), bytes.body());

        HttpResponse<String> empty = post("/v1/check", DOCX, new byte[0], "en-US,en;q=0.9");
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("is empty"), empty.body());

        HttpResponse<String> picture = post("/v1/check", "image/png",
                Files.readAllBytes(Fixtures.BASEDIR.resolve("descriptors/icons/thethuc.png")), "en");
        assertEquals(415, picture.statusCode(), picture.body());
        assertEquals("unsupported_format", JsonParser.parseString(picture.body()).getAsJsonObject().get("code").getAsString());

        HttpResponse<String> large = post("/v1/check", DOCX, new byte[1024 * 1024 + 1], "en");
        assertEquals(413, large.statusCode(), large.body());

        // a feed the administrator did not allow: no file of the server read, no other host or port tried (#24)
        for (String feed : List.of("/etc/passwd", "file:///etc/passwd", "https://127.0.0.1:22/",
                "https://feeds.sokhdt.example.vn.evil.example/kehoach/x.json", "http://feeds.sokhdt.example.vn/kehoach/x.json")) {
            HttpResponse<String> refused = post("/v1/check?agency=SYT&feed=" + java.net.URLEncoder.encode(feed,
                    java.nio.charset.StandardCharsets.UTF_8), DOCX, random, "en");
            assertEquals(403, refused.statusCode(), feed + ": " + refused.body());
            assertEquals("feed_not_allowed", JsonParser.parseString(refused.body()).getAsJsonObject().get("code").getAsString());
            assertFalse(refused.body().contains("root:") || refused.body().contains("127.0.0.1"), refused.body());
        }

        // a name with a line break does not forge a line of the text report: the file is called by its format
        HttpResponse<String> forged = post("/v1/check?format=text&name=" + java.net.URLEncoder.encode(
                "a.docx\nND30.FAKE giả mạo", java.nio.charset.StandardCharsets.UTF_8), DOCX, random, "en");
        assertFalse(forged.body().contains("ND30.FAKE"), forged.body());

        HttpResponse<String> wrong = post("/v1/check?mode=final", DOCX, random, "en");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals(404, get("/v2/check").statusCode());
        assertEquals(405, get("/v1/check").statusCode());
    }

    @Test
    @Order(5)
    void aNewPlanComesBackAsADocument() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/new?type=KH&format=docx"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"number\": \"15\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        Path made = cache.resolve("ke-hoach.docx");
        Files.write(made, r.body());
        assertEquals(vn.thethuc.document.FileFormat.DOCX, vn.thethuc.document.FileFormat.of(made));
        HttpResponse<String> checked = check(made);
        assertEquals(200, checked.statusCode(), checked.body());
        JsonObject report = JsonParser.parseString(checked.body()).getAsJsonObject();
        assertEquals("KH", report.get("documentType").getAsString());
        assertEquals(0, report.getAsJsonObject("summary").get("errors").getAsInt(), checked.body());

        HttpResponse<String> bad = post("/v1/new?type=KH", "application/json",
                "{\"number\": 15".getBytes(StandardCharsets.UTF_8), "en");
        assertEquals(400, bad.statusCode(), bad.body());
    }

    @Test
    @Order(6)
    void aWorkerKilledIsReplacedAndTheNextRequestsSucceed() throws Exception {
        List<ProcessHandle> before = offices();
        assertEquals(2, before.size());
        Path plan = Fixtures.CORPUS.resolve("seed-001-hadong-2024.odt");
        // one killed while it checks, one between requests
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return check(plan);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitBusy(1);
        before.get(0).destroyForcibly();
        HttpResponse<String> held = inFlight.get(200, TimeUnit.SECONDS);
        // retried on another worker, or a 5xx with a JSON error: never a hung request
        assertTrue(held.statusCode() == 200 || held.statusCode() >= 500, held.statusCode() + " " + held.body());
        before.get(1).destroyForcibly();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> r = check(plan);
            assertEquals(200, r.statusCode(), r.body());
        }
        assertTrue(offices().stream().noneMatch(before::contains), "both killed workers replaced");
        assertEquals(2, JsonParser.parseString(get("/health").body()).getAsJsonObject().get("workers").getAsInt());
    }

    @Test
    @Order(7)
    void aStuckWorkerIsStoppedAtTheTaskTimeAndAFullQueueAnswers503() throws Exception {
        // both workers up and answering before they are stopped
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (offices().size() != 2 && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(200, check(Fixtures.CORPUS.resolve("seed-004-bxd-congvan-2022.docx")).statusCode());
        }
        List<ProcessHandle> workers = offices();
        assertEquals(2, workers.size());
        for (ProcessHandle w : workers) {
            new ProcessBuilder("kill", "-STOP", String.valueOf(w.pid())).start().waitFor();
        }
        Path plan = Fixtures.CORPUS.resolve("seed-001-hadong-2024.odt");
        List<CompletableFuture<HttpResponse<String>>> stuck = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            stuck.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return check(plan);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        awaitBusy(2);
        HttpResponse<String> busy = check(plan);
        assertEquals(503, busy.statusCode(), busy.body());
        assertTrue(busy.headers().firstValue("Retry-After").isPresent());
        for (CompletableFuture<HttpResponse<String>> s : stuck) {
            HttpResponse<String> r = s.get(TASK_TIMEOUT + 60, TimeUnit.SECONDS);
            assertEquals(504, r.statusCode(), r.body());
            assertEquals("timeout", JsonParser.parseString(r.body()).getAsJsonObject().get("code").getAsString());
        }
        HttpResponse<String> after = check(plan);
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(log().contains("POST /v1/check 504"), log());
    }

    /** Two commands at the same time: each its own LibreOffice profile, both answer (#15). */
    @Test
    @Order(8)
    void twoCliChecksAtOnceBothSucceed() throws Exception {
        Map<String, String> env = Map.of("THETHUC_LANG", "en", "XDG_CACHE_HOME", cache.resolve("cli").toString());
        String plan = Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx").toString();
        CompletableFuture<LauncherIT.Run> first = CompletableFuture.supplyAsync(() -> run(env, plan));
        CompletableFuture<LauncherIT.Run> second = CompletableFuture.supplyAsync(() -> run(env, plan));
        LauncherIT.Run a = first.get(300, TimeUnit.SECONDS);
        LauncherIT.Run b = second.get(300, TimeUnit.SECONDS);
        assertEquals(1, a.exit(), a.err());
        assertEquals(1, b.exit(), b.err());
        assertEquals(a.out(), b.out());
    }

    private static LauncherIT.Run run(Map<String, String> env, String plan) {
        try {
            return LauncherIT.run(env, "check", plan, "--format", "json");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
