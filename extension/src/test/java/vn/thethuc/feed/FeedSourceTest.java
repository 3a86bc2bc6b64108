package vn.thethuc.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thethuc.i18n.Refusal;

/** Fetching a feed from a real HTTPS server on the loopback, with its own certificate the client is told to trust. */
class FeedSourceTest {
    static final byte[] SAMPLE = read();
    HttpsServer server;
    SSLContext clientSsl;
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    volatile int served;

    static byte[] read() {
        try {
            return Files.readAllBytes(FeedReaderTest.SAMPLE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir
    Path cache;

    @BeforeEach
    void start() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(1))),
                name, keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", keys.getPrivate(), "x".toCharArray(), new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "x".toCharArray());
        SSLContext serverSsl = SSLContext.getInstance("TLS");
        serverSsl.init(kmf.getKeyManagers(), null, null);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        clientSsl = SSLContext.getInstance("TLS");
        clientSsl.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverSsl));
        server.createContext("/feed.json", this::feed);
        server.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", url("/feed.json"));
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/huge", x -> {
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                for (int i = 0; i < 200; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client stopped reading, as it should
            }
        });
        server.createContext("/broken", x -> reply(x, 200, "{\"format\": \"thethuc.parent-plan\"".getBytes()));
        server.createContext("/missing", x -> reply(x, 404, "not here".getBytes()));
        server.createContext("/slow", x -> {
            arrived.countDown();
            try {
                // answers only when the test is over (or after a minute): whatever ends a fetch sooner is the client's
                answer.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(x, 200, SAMPLE);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** Lets the slow handler answer; counted down when a test ends. */
    private final java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
    /** Counted down when the slow handler has the request. */
    private final java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);

    @AfterEach
    void stop() {
        answer.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void feed(HttpExchange x) throws IOException {
        String etag = "\"v1\"";
        String asked = x.getRequestHeaders().getFirst("If-None-Match");
        ifNoneMatch.add(asked == null ? "" : asked);
        if (etag.equals(asked)) {
            x.sendResponseHeaders(304, -1);
            x.close();
            return;
        }
        served++;
        x.getResponseHeaders().add("ETag", etag);
        reply(x, 200, SAMPLE);
    }

    private static void reply(HttpExchange x, int status, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    FeedSource source(boolean allowHttp) {
        return new FeedSource(new FeedSource.Options(allowHttp, Duration.ofSeconds(5), Duration.ofSeconds(5), null,
                clientSsl, cache));
    }

    @Test
    void fetchedOverHttpsThenRevalidatedWithItsEtag() throws Exception {
        FeedSource.Loaded first = source(false).load(url("/feed.json"));
        assertEquals(FeedSource.Origin.NETWORK, first.origin());
        assertEquals(74, first.feed().tasks().size());
        FeedSource.Loaded second = source(false).load(url("/feed.json"));
        assertEquals(FeedSource.Origin.NOT_MODIFIED, second.origin());
        assertEquals(List.of("", "\"v1\""), ifNoneMatch);
        assertEquals(1, served, "the 304 used the cache");
        assertEquals(first.fetchedAt(), second.fetchedAt(), "the date shown is when it was fetched");
    }

    @Test
    void offlineTheCopyFetchedBeforeIsUsedAndDated() throws Exception {
        FeedSource.Loaded first = source(false).load(url("/feed.json"));
        String address = url("/feed.json");
        server.stop(0);
        server = null;
        FeedSource.Loaded offline = source(false).load(address);
        assertEquals(FeedSource.Origin.OFFLINE_CACHE, offline.origin());
        assertEquals(first.fetchedAt(), offline.fetchedAt());
        Refusal none = assertThrows(Refusal.class, () -> new FeedSource(new FeedSource.Options(false,
                Duration.ofSeconds(2), Duration.ofSeconds(2), null, clientSsl, cache.resolve("empty"))).load(address));
        assertEquals("feed.offline", none.key());
    }

    @Test
    void redirectsAreFollowed() throws Exception {
        assertEquals(74, source(false).load(url("/moved")).feed().tasks().size());
    }

    @Test
    void aBodyOverFiveMebibytesIsRefusedAndNotCached() throws Exception {
        Refusal r = assertThrows(Refusal.class, () -> source(false).load(url("/huge")));
        assertEquals("feed.tooLarge", r.key());
        try (var files = Files.list(cache)) {
            assertEquals(0, files.count(), "nothing cached");
        }
    }

    @Test
    void aBrokenFeedOrAnErrorStatusIsRefusedAndNothingCached() throws Exception {
        assertEquals("feed.notJson", assertThrows(Refusal.class, () -> source(false).load(url("/broken"))).key());
        try (var files = Files.list(cache)) {
            assertEquals(0, files.count(), "an invalid feed is never cached");
        }
        assertEquals("feed.httpStatus", assertThrows(Refusal.class, () -> source(false).load(url("/missing"))).key());
    }

    @Test
    void plainHttpIsRefusedUnlessAllowed() throws Exception {
        Refusal r = assertThrows(Refusal.class, () -> source(false).load("http://127.0.0.1:1/feed.json"));
        assertEquals("feed.httpRefused", r.key());
        Refusal offline = assertThrows(Refusal.class, () -> source(true).load("http://127.0.0.1:1/feed.json"));
        assertEquals("feed.offline", offline.key(), "allowed, it is tried");
    }

    @Test
    void anUntrustedServerIsRefused() throws Exception {
        FeedSource systemTrust = new FeedSource(FeedSource.Options.defaults(cache));
        assertEquals("feed.offline", assertThrows(Refusal.class, () -> systemTrust.load(url("/feed.json"))).key());
    }

    @Test
    void aLocalFileIsRead() throws Exception {
        FeedSource.Loaded local = source(false).load(FeedReaderTest.SAMPLE.toString());
        assertEquals(FeedSource.Origin.FILE, local.origin());
        assertEquals("feed.noFile", assertThrows(Refusal.class,
                () -> source(false).load("/nonexistent/feed.json")).key());
        assertFalse(Files.exists(cache.resolve("x")));
        assertTrue(local.feed().tasks().size() > 0);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsRefused() throws Exception {
        FeedSource impatient = new FeedSource(new FeedSource.Options(false, Duration.ofSeconds(2), Duration.ofMillis(500),
                null, clientSsl, cache));
        long start = System.nanoTime();
        Refusal r = assertThrows(Refusal.class, () -> impatient.load(url("/slow")));
        assertEquals("feed.offline", r.key());
        assertTrue(java.util.Arrays.toString(r.args()).contains("Timeout"), java.util.Arrays.toString(r.args()));
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "the read timeout, not the server, ended it");
    }

    @Test
    void aFetchIsCancelledByInterruptingItsThread() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Throwable> ended = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                source(false).load(url("/slow"));
            } catch (Throwable e) {
                ended.set(e);
            }
        });
        long start = System.nanoTime();
        t.start();
        assertTrue(arrived.await(30, java.util.concurrent.TimeUnit.SECONDS), "the request reached the server");
        t.interrupt();
        t.join(30_000);
        assertFalse(t.isAlive(), "the fetch stopped when asked, long before the server answers");
        assertTrue(System.nanoTime() - start < 30_000_000_000L);
        assertTrue(ended.get() instanceof InterruptedException || ended.get() instanceof Refusal, String.valueOf(ended.get()));
        assertFalse(Files.exists(cache) && Files.list(cache).findAny().isPresent(), "nothing cached");
    }

    @Test
    void theProxyOfLibreOfficesSettingsCarriesTheRequestAndItsNoProxyListIsHonoured() throws Exception {
        List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (java.net.ServerSocket proxy = new java.net.ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread relay = new Thread(() -> relay(proxy, seen));
            relay.setDaemon(true);
            relay.start();
            var selector = Proxies.of(2, "127.0.0.1", proxy.getLocalPort(), "*.noi-bo.gov.vn; 10.*");
            FeedSource viaProxy = new FeedSource(new FeedSource.Options(false, Duration.ofSeconds(5), Duration.ofSeconds(5),
                    selector, clientSsl, cache));
            assertEquals(74, viaProxy.load(url("/feed.json")).feed().tasks().size());
            assertEquals(List.of("CONNECT 127.0.0.1:" + server.getAddress().getPort() + " HTTP/1.1"), seen);
            assertEquals(java.net.Proxy.NO_PROXY, selector.select(URI.create("https://kehoach.noi-bo.gov.vn/a")).get(0));
            assertEquals(java.net.Proxy.NO_PROXY, selector.select(URI.create("https://10.1.2.3/a")).get(0));
            assertTrue(Proxies.matches("tinh.gov.vn", "sotp.tinh.gov.vn"));
            assertFalse(Proxies.matches("tinh.gov.vn", "xtinh.gov.vn"));
        }
        assertEquals(null, Proxies.of(0, "proxy", 3128, ""), "LibreOffice says: no proxy");
        assertEquals(null, Proxies.of(2, "", 3128, ""));
        var env = Proxies.fromEnvironment(java.util.Map.of("https_proxy", "http://proxy.tinh.gov.vn:3128", "no_proxy",
                "localhost,.noi-bo.gov.vn"));
        assertEquals("proxy.tinh.gov.vn:3128", env.select(URI.create("https://a.gov.vn/x")).get(0).address().toString()
                .replace("/<unresolved>", ""));
        assertEquals(java.net.Proxy.NO_PROXY, env.select(URI.create("https://kh.noi-bo.gov.vn/x")).get(0));
        assertEquals(null, Proxies.fromEnvironment(java.util.Map.of()));
    }

    /** A CONNECT proxy: notes the request line, answers 200, then copies bytes both ways (one connection). */
    private static void relay(java.net.ServerSocket proxy, List<String> seen) {
        try (java.net.Socket client = proxy.accept()) {
            var in = client.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                head.append((char) c);
            }
            String line = head.toString().lines().findFirst().orElse("");
            seen.add(line);
            String[] target = line.split(" ")[1].split(":");
            try (java.net.Socket upstream = new java.net.Socket(target[0], Integer.parseInt(target[1]))) {
                client.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes());
                client.getOutputStream().flush();
                Thread back = new Thread(() -> {
                    try {
                        upstream.getInputStream().transferTo(client.getOutputStream());
                    } catch (IOException e) {
                        // closed
                    }
                });
                back.setDaemon(true);
                back.start();
                in.transferTo(upstream.getOutputStream());
            }
        } catch (IOException e) {
            // the test ends the connection
        }
    }
}
