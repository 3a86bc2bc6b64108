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
        server.start();
    }

    @AfterEach
    void stop() {
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
}
