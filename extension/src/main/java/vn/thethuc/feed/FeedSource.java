package vn.thethuc.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import vn.thethuc.i18n.Refusal;

/**
 * Where a feed comes from: a local file, or an {@code https://} address fetched with its own HTTP
 * client (timeouts, redirects, the proxy it is given — never the JVM's defaults), cached with
 * ETag/Last-Modified so that a 304 or an outage uses the copy fetched before. A body over
 * {@link FeedReader#MAX_BYTES} stops being read and is refused; a feed is cached only once it is valid.
 */
public final class FeedSource {
    /** How to reach the network: {@code proxy} and {@code ssl} may be null (none; the system's trust). */
    public record Options(boolean allowHttp, Duration connectTimeout, Duration readTimeout, ProxySelector proxy,
            SSLContext ssl, Path cacheDir, boolean followRedirects) {
        public Options(boolean allowHttp, Duration connectTimeout, Duration readTimeout, ProxySelector proxy,
                SSLContext ssl, Path cacheDir) {
            this(allowHttp, connectTimeout, readTimeout, proxy, ssl, cacheDir, true);
        }

        /** A redirect is refused, not followed: for a server, whose allowed prefixes a redirect would leave. */
        public Options withoutRedirects() {
            return new Options(allowHttp, connectTimeout, readTimeout, proxy, ssl, cacheDir, false);
        }

        public static Options defaults(Path cacheDir) {
            return new Options(false, Duration.ofSeconds(10), Duration.ofSeconds(30), null, null, cacheDir);
        }

        /** The defaults, with the proxy a headless tool takes from its environment (https_proxy, no_proxy). */
        public static Options fromEnvironment(Path cacheDir, java.util.Map<String, String> env) {
            Options d = defaults(cacheDir);
            return new Options(d.allowHttp(), d.connectTimeout(), d.readTimeout(), Proxies.fromEnvironment(env), null,
                    cacheDir);
        }
    }

    /** A feed and where it came from: the network, the cache after a 304, or the cache while offline. */
    public record Loaded(Feed feed, String source, Instant fetchedAt, Origin origin, byte[] body) {
        /** The feed as read, for another reader (the check inside LibreOffice). */
        public String json() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public enum Origin { FILE, NETWORK, NOT_MODIFIED, OFFLINE_CACHE }

    private final Options options;

    public FeedSource(Options options) {
        this.options = options;
    }

    /** The feed at {@code source}, refused ({@code feed.unknownAgency}) when it does not name {@code agency}. */
    public Loaded load(String source, String agency) throws Refusal, InterruptedException {
        Loaded loaded = load(source);
        if (loaded.feed().agency(agency).isEmpty()) {
            throw new Refusal("feed.unknownAgency", agency);
        }
        return loaded;
    }

    public Loaded load(String source) throws Refusal, InterruptedException {
        String s = source.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            if (lower.startsWith("http://") && !options.allowHttp()) {
                throw new Refusal("feed.httpRefused", s);
            }
            return fetch(URI.create(s));
        }
        Path file = lower.startsWith("file:") ? Path.of(URI.create(s)) : Path.of(s);
        if (!Files.isRegularFile(file)) {
            throw new Refusal("feed.noFile", file);
        }
        try {
            if (Files.size(file) > FeedReader.MAX_BYTES) {
                throw new Refusal("feed.tooLarge", FeedReader.MAX_BYTES / (1024 * 1024));
            }
            byte[] body = Files.readAllBytes(file);
            return new Loaded(FeedReader.read(body), file.toString(), Files.getLastModifiedTime(file).toInstant(),
                    Origin.FILE, body);
        } catch (IOException e) {
            throw new Refusal("feed.noFile", file);
        }
    }

    private Loaded fetch(URI uri) throws Refusal, InterruptedException {
        Optional<Cached> cached = cached(uri);
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(!options.followRedirects() ? HttpClient.Redirect.NEVER
                        : options.allowHttp() ? HttpClient.Redirect.ALWAYS : HttpClient.Redirect.NORMAL);
        b.proxy(options.proxy() == null ? HttpClient.Builder.NO_PROXY : options.proxy());
        if (options.ssl() != null) {
            b.sslContext(options.ssl());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(options.readTimeout()).GET()
                .header("Accept", "application/json");
        cached.ifPresent(c -> {
            if (!c.etag().isEmpty()) {
                request.header("If-None-Match", c.etag());
            }
            if (!c.lastModified().isEmpty()) {
                request.header("If-Modified-Since", c.lastModified());
            }
        });
        HttpResponse<InputStream> response;
        try (HttpClient client = b.build()) {
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (cached.isPresent()) {
                    return new Loaded(FeedReader.read(cached.get().body()), uri.toString(), cached.get().fetchedAt(),
                            Origin.OFFLINE_CACHE, cached.get().body());
                }
                throw new Refusal("feed.offline", uri, e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            if (response.statusCode() == 304 && cached.isPresent()) {
                response.body().close();
                return new Loaded(FeedReader.read(cached.get().body()), uri.toString(), cached.get().fetchedAt(),
                        Origin.NOT_MODIFIED, cached.get().body());
            }
            if (response.statusCode() != 200) {
                response.body().close();
                throw new Refusal("feed.httpStatus", uri, response.statusCode());
            }
            byte[] body = readCapped(response.body());
            Feed feed = FeedReader.read(body);
            Instant now = Instant.now();
            store(uri, body, response.headers().firstValue("ETag").orElse(""),
                    response.headers().firstValue("Last-Modified").orElse(""), now);
            return new Loaded(feed, uri.toString(), now, Origin.NETWORK, body);
        } catch (IOException e) {
            throw new Refusal("feed.offline", uri, e.getClass().getSimpleName());
        }
    }

    /** Reads at most {@link FeedReader#MAX_BYTES}; stops reading, and refuses, beyond. */
    private static byte[] readCapped(InputStream in) throws IOException, Refusal {
        try (in) {
            byte[] body = in.readNBytes(FeedReader.MAX_BYTES + 1);
            if (body.length > FeedReader.MAX_BYTES) {
                throw new Refusal("feed.tooLarge", FeedReader.MAX_BYTES / (1024 * 1024));
            }
            return body;
        }
    }

    private record Cached(byte[] body, String etag, String lastModified, Instant fetchedAt) {
    }

    private Path cacheFile(URI uri, String suffix) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return options.cacheDir().resolve(HexFormat.of().formatHex(h, 0, 16) + suffix);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Cached> cached(URI uri) {
        if (options.cacheDir() == null) {
            return Optional.empty();
        }
        Path body = cacheFile(uri, ".json");
        Path meta = cacheFile(uri, ".properties");
        if (!Files.isRegularFile(body) || !Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(meta)) {
            Properties p = new Properties();
            p.load(in);
            if (!uri.toString().equals(p.getProperty("url"))) {
                return Optional.empty();
            }
            return Optional.of(new Cached(Files.readAllBytes(body), p.getProperty("etag", ""),
                    p.getProperty("lastModified", ""), Instant.parse(p.getProperty("fetchedAt"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The body, then its description, each written to a temporary file and renamed. */
    private void store(URI uri, byte[] body, String etag, String lastModified, Instant fetchedAt) {
        if (options.cacheDir() == null) {
            return;
        }
        try {
            Files.createDirectories(options.cacheDir());
            Properties p = new Properties();
            p.setProperty("url", uri.toString());
            p.setProperty("etag", etag);
            p.setProperty("lastModified", lastModified);
            p.setProperty("fetchedAt", fetchedAt.toString());
            java.io.ByteArrayOutputStream meta = new java.io.ByteArrayOutputStream();
            p.store(meta, "Thể Thức feed cache");
            vn.thethuc.document.AtomicFile.write(cacheFile(uri, ".json"), body, true);
            vn.thethuc.document.AtomicFile.write(cacheFile(uri, ".properties"), meta.toByteArray(), true);
        } catch (IOException e) {
            // no cache this time: the feed itself was read
        }
    }
}
