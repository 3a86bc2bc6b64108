package vn.thethuc.uno.serve;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import vn.thethuc.Version;
import vn.thethuc.document.FileFormat;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.CheckReport;
import vn.thethuc.report.ReportJson;
import vn.thethuc.report.Reports;
import vn.thethuc.uno.service.NewDocument;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.service.CheckService;

/**
 * {@code thethuc serve}: the check and the new document over HTTP, done by a pool of LibreOffice
 * workers. Nothing is kept between requests (the documents live in a temporary folder for the
 * request only), so instances behind a load balancer serve more. One log line per request, without
 * document text.
 */
public final class Server implements AutoCloseable {
    /** The body's media type → the format it names (and the file name ending LibreOffice is given). */
    static final Map<String, FileFormat> MEDIA_TYPES = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileFormat.DOCX,
            "application/msword", FileFormat.DOC,
            "application/vnd.oasis.opendocument.text", FileFormat.ODT,
            "application/rtf", FileFormat.RTF,
            "text/rtf", FileFormat.RTF);
    static final Map<String, String> NEW_FORMATS = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text");

    /** How the server is set up: {@code thethuc serve}'s options. */
    public record Config(String bind, int port, int workers, int maxQueue, java.time.Duration taskTimeout,
            long maxBytes, int maxTasksPerProcess, vn.thethuc.feed.FeedAllow feedAllow) {
        public Config(String bind, int port, int workers, int maxQueue, java.time.Duration taskTimeout, long maxBytes,
                int maxTasksPerProcess) {
            this(bind, port, workers, maxQueue, taskTimeout, maxBytes, maxTasksPerProcess, vn.thethuc.feed.FeedAllow.NONE);
        }
    }

    /**
     * The records office's step for {@code POST /v1/issue}, with the agency's key opened at the server's start
     * (null: the server does not issue).
     */
    @FunctionalInterface
    public interface Issuer {
        vn.thethuc.issue.Issuing.Issued issue(byte[] pdf, String name, String number, java.time.LocalDate date)
                throws Refusal, IOException, java.security.GeneralSecurityException, InterruptedException;
    }

    private volatile Issuer issuer;
    private final Config config;
    private final Workers workers;
    private final HttpServer http;
    private final PrintStream log;
    private final Path scratch;
    private final Path feedCache;

    Server(Config config, Workers workers, Path scratch, Path feedCache, PrintStream log) throws IOException {
        this.config = config;
        this.workers = workers;
        this.scratch = scratch;
        this.feedCache = feedCache;
        this.log = log;
        this.http = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 64);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/", this::handle);
    }

    void start() {
        http.start();
    }

    /** Lets the server issue (POST /v1/issue) with the agency's key; one at a time, the key may be a token. */
    void issuing(Issuer issuer) {
        this.issuer = issuer;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(1);
        workers.close();
    }

    /** A request answered: its status, media type and body, and the worker that did it (0: none). */
    record Answer(int status, String type, byte[] body, int worker, Map<String, String> headers) {
        static Answer json(int status, JsonObject body) {
            return new Answer(status, "application/json; charset=utf-8",
                    (ReportJson.toJson(body) + "\n").getBytes(StandardCharsets.UTF_8), 0, Map.of());
        }

        Answer by(int w) {
            return new Answer(status, type, body, w, headers);
        }

        Answer with(String header, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return new Answer(status, type, body, worker, h);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Bundle texts = Bundle.of(language(exchange.getRequestHeaders().getFirst("Accept-Language")));
        Answer answer;
        try {
            answer = route(exchange, texts);
        } catch (BadQuery e) {
            answer = error(400, "bad_request", texts.text("serve.badQuery"));
        } catch (RuntimeException e) {
            answer = error(500, "internal", texts.text("serve.internal", e.getClass().getSimpleName()));
        }
        drain(exchange);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", answer.type());
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (IOException e) {
            // the client went away
        }
        log.printf(Locale.ROOT, "%s %s %s %d %dms worker=%s%n", Instant.now(), exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(), answer.status(), (System.nanoTime() - start) / 1_000_000,
                answer.worker() == 0 ? "-" : String.valueOf(answer.worker()));
    }

    /**
     * What is left of the request body, read and dropped: a client still sending a body that was refused
     * (too large, the wrong type) would otherwise see the connection reset instead of the answer. A body
     * past {@link #DRAIN_LIMIT} is not read; the connection is closed on it.
     */
    private static void drain(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[64 * 1024];
            long left = DRAIN_LIMIT;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    static final long DRAIN_LIMIT = 256L * 1024 * 1024;

    /** vi unless the client prefers English. */
    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Bundle.VI;
        }
        return acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Bundle.EN : Bundle.VI;
    }

    private Answer route(HttpExchange exchange, Bundle texts) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        return switch (path) {
            case "/health" -> method.equals("GET") ? health() : notAllowed(texts, "GET");
            case "/v1/check" -> method.equals("POST") ? admitted(texts, () -> check(exchange, texts))
                    : notAllowed(texts, "POST");
            case "/v1/new" -> method.equals("POST") ? admitted(texts, () -> newDocument(exchange, texts))
                    : notAllowed(texts, "POST");
            case "/v1/issue" -> method.equals("POST") ? admitted(texts, () -> issue(exchange, texts))
                    : notAllowed(texts, "POST");
            default -> error(404, "not_found", texts.text("serve.notFound", path));
        };
    }

    private Answer health() {
        JsonObject h = new JsonObject();
        int inFlight = workers.inFlight();
        int busy = Math.min(workers.busy(), workers.count());
        h.addProperty("status", "ok");
        h.addProperty("workers", workers.count());
        h.addProperty("busy", busy);
        h.addProperty("queued", Math.max(0, inFlight - busy));
        h.addProperty("version", Version.get());
        return Answer.json(200, h);
    }

    @FunctionalInterface
    private interface Handler {
        Answer handle() throws IOException;
    }

    /** The request runs if there is room: the workers and a queue of {@code maxQueue}; else 503. */
    private Answer admitted(Bundle texts, Handler handler) throws IOException {
        if (!workers.admit()) {
            return error(503, "busy", texts.text("serve.busy")).with("Retry-After", "5");
        }
        try {
            return handler.handle();
        } finally {
            workers.leave();
        }
    }

    private Answer check(HttpExchange exchange, Bundle texts) throws IOException {
        Map<String, String> query = query(exchange);
        String mode = query.getOrDefault("mode", "draft");
        String format = query.getOrDefault("format", "json");
        if (!List.of("draft", "issue").contains(mode) || !Reports.FORMATS.contains(format)) {
            return error(400, "bad_request", texts.text("serve.checkUsage"));
        }
        String mediaType = mediaType(exchange);
        FileFormat declared = MEDIA_TYPES.get(mediaType);
        if (declared == null) {
            return error(415, "unsupported_format", texts.text("serve.unsupported", mediaType.isEmpty() ? "-" : mediaType));
        }
        byte[] body = body(exchange);
        if (body == null) {
            return tooLarge(texts);
        }
        String feedJson = null;
        String agency = query.get("agency");
        if (query.containsKey("feed")) {
            if (agency == null || agency.isBlank()) {
                return error(400, "bad_request", texts.text("serve.feedUsage"));
            }
            java.net.URI allowed;
            try {
                // only an https address under the administrator's prefixes: never a path on this machine, never another host
                allowed = config.feedAllow().check(query.get("feed"));
            } catch (Refusal e) {
                return error(403, "feed_not_allowed", e.message(texts));
            }
            try {
                feedJson = new vn.thethuc.feed.FeedSource(vn.thethuc.feed.FeedSource.Options.fromEnvironment(feedCache,
                        System.getenv()).withoutRedirects()).load(allowed.toString(), agency).json();
            } catch (Refusal e) {
                return error(400, e.key().equals("feed.unknownAgency") ? "unknown_agency" : "bad_feed", e.message(texts));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return error(503, "busy", texts.text("serve.busy"));
            }
        }
        String name = name(query.get("name"), declared);
        CheckService.Options options = new CheckService.Options(mode, texts.language(), false, feedJson, agency);
        return onWorkers("check", texts, e -> renamed(e, name), "not_a_document", dir -> {
            Path file = dir.resolve("document." + declared.name().toLowerCase(Locale.ROOT));
            Files.write(file, body);
            FileFormat.of(file);
            Workers.Done<CheckReport> done = workers.run(office -> CheckService.check(office, file, name, options));
            int errors = done.value().errors();
            String type = format.equals("text") ? "text/plain; charset=utf-8"
                    : format.equals("sarif") ? "application/sarif+json; charset=utf-8" : "application/json; charset=utf-8";
            return new Answer(200, type, Reports.render(format, List.of(done.value()), true, texts)
                    .getBytes(StandardCharsets.UTF_8), done.worker(), Map.of("X-TheThuc-Errors", String.valueOf(errors)));
        });
    }

    private Answer newDocument(HttpExchange exchange, Bundle texts) throws IOException {
        Map<String, String> query = query(exchange);
        String format = query.getOrDefault("format", "docx");
        java.util.Optional<vn.thethuc.plan.DocType> type = vn.thethuc.plan.DocType.parse(query.getOrDefault("type", ""));
        if (type.isEmpty() || !NEW_FORMATS.containsKey(format)) {
            return error(400, "bad_request", texts.text("serve.newUsage"));
        }
        byte[] body = body(exchange);
        if (body == null) {
            return tooLarge(texts);
        }
        java.time.LocalDate today = vn.thethuc.document.VietnamTime.today();
        vn.thethuc.plan.Spec spec;
        try {
            String json = new String(body, StandardCharsets.UTF_8);
            spec = json.isBlank() ? vn.thethuc.plan.Spec.sample(today) : vn.thethuc.plan.Spec.fromJson(json, today);
        } catch (vn.thethuc.plan.Spec.Invalid e) {
            return error(400, "bad_spec", texts.text(e.key(), e.args()));
        }
        return onWorkers("new", texts, e -> e, "bad_spec", dir -> {
            Path out = dir.resolve("document." + format);
            Workers.Done<Boolean> done = workers.run(office -> {
                try {
                    NewDocument.write(office, type.get(), spec, out, false);
                    return true;
                } catch (IOException e) {
                    throw new OfficeException("cannot write the document: " + e.getMessage(), e);
                }
            });
            return new Answer(200, NEW_FORMATS.get(format), Files.readAllBytes(out), done.worker(),
                    Map.of("Content-Disposition", "attachment; filename=\"" + type.get().name() + "." + format + "\""));
        });
    }

    /**
     * {@code POST /v1/issue?number=N&date=YYYY-MM-DD[&name=F]}, the signer's signed PDF as body: the issued PDF,
     * or the refusal of thethuc issue as a 400.
     */
    private Answer issue(HttpExchange exchange, Bundle texts) throws IOException {
        Issuer agency = issuer;
        if (agency == null) {
            return error(501, "issuing_not_configured", texts.text("serve.noIssuer"));
        }
        Map<String, String> query = query(exchange);
        java.time.LocalDate date;
        try {
            date = java.time.LocalDate.parse(query.getOrDefault("date", ""));
        } catch (java.time.format.DateTimeParseException e) {
            return error(400, "bad_request", texts.text("serve.issueUsage"));
        }
        if (query.get("number") == null) {
            return error(400, "bad_request", texts.text("serve.issueUsage"));
        }
        String mediaType = mediaType(exchange);
        if (!mediaType.equals("application/pdf")) {
            return error(415, "unsupported_format", texts.text("serve.unsupported", mediaType.isEmpty() ? "-" : mediaType));
        }
        byte[] body = body(exchange);
        if (body == null) {
            return tooLarge(texts);
        }
        String name = query.getOrDefault("name", "document.pdf");
        try {
            vn.thethuc.issue.Issuing.Issued issued;
            synchronized (agency) {
                issued = agency.issue(body, name, query.get("number"), date);
            }
            return new Answer(200, "application/pdf", issued.pdf(), 0, Map.of("X-TheThuc-Number", issued.number(),
                    "Content-Disposition", "attachment; filename=\"issued.pdf\""));
        } catch (Refusal e) {
            return error(400, "refused", e.message(texts));
        } catch (java.security.GeneralSecurityException e) {
            return error(500, "signing_failed", texts.text("sign.failed", name, String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "busy", texts.text("serve.busy"));
        }
    }

    /** A request's work on the workers, in a temporary folder of its own that is gone afterwards. */
    @FunctionalInterface
    private interface WorkerCall {
        Answer run(Path dir) throws IOException, Refusal, Workers.TimedOut, Workers.Failed, InterruptedException;
    }

    /**
     * {@code call} with its folder, and what can go wrong said as the API says it: a refusal (as
     * {@code said}) is a 400 with {@code refusalCode}, a task past its time 504, workers that failed 502.
     */
    private Answer onWorkers(String prefix, Bundle texts, java.util.function.UnaryOperator<Refusal> said,
            String refusalCode, WorkerCall call) throws IOException {
        Path dir = Files.createTempDirectory(scratch, prefix);
        try {
            return call.run(dir);
        } catch (Refusal e) {
            return error(400, refusalCode, said.apply(e).message(texts));
        } catch (Workers.TimedOut e) {
            return error(504, "timeout", texts.text("serve.timeout", config.taskTimeout().toSeconds()));
        } catch (Workers.Failed e) {
            return error(502, "worker_failed", texts.text("serve.failed", String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "busy", texts.text("serve.busy"));
        } finally {
            ServeCommand.deleteTree(dir);
        }
    }

    /** The refusal said of the request's document, not of the temporary file it was written to. */
    private static Refusal renamed(Refusal e, String name) {
        Object[] args = e.args().clone();
        if (args.length > 0) {
            args[0] = name;
        }
        return new Refusal(e.key(), args);
    }

    /** A query string that does not decode. */
    private static final class BadQuery extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadQuery() {
            super(null, null, false, false);
        }
    }

    /** The client's name for its file, shown in the report: never a path, never a line break that would forge a line. */
    private static String name(String given, FileFormat format) {
        if (given != null && !given.isBlank() && given.length() <= 200 && !given.contains("/") && !given.contains("\\")
                && given.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85)) {
            return given;
        }
        return "document." + format.name().toLowerCase(Locale.ROOT);
    }

    private static String mediaType(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The body, or null when it is larger than the limit (read no further than the limit). */
    private byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > config.maxBytes()) {
                    return null;
                }
            } catch (NumberFormatException e) {
                // read and count
            }
        }
        // not closed here: what is left past the limit is drained before the answer
        InputStream in = exchange.getRequestBody();
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
        return body.length > config.maxBytes() ? null : body;
    }

    private Answer tooLarge(Bundle texts) {
        return error(413, "too_large", texts.text("serve.tooLarge", config.maxBytes() / (1024 * 1024)));
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k;
            String v;
            try {
                k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new BadQuery(); // "%zz": a client's mistake, not the server's
            }
            values.putIfAbsent(k, v);
        }
        return values;
    }

    private static Answer notAllowed(Bundle texts, String allowed) {
        return error(405, "method_not_allowed", texts.text("serve.method", allowed)).with("Allow", allowed);
    }

    static Answer error(int status, String code, String message) {
        JsonObject e = new JsonObject();
        e.addProperty("error", message);
        e.addProperty("code", code);
        return Answer.json(status, e);
    }
}
