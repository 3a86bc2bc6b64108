package vn.thethuc.sign;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import vn.thethuc.i18n.Refusal;

/**
 * An RFC 3161 timestamp server: asked over HTTP(S) for a token over a SHA-256 imprint, with a nonce
 * and the server's certificate; the answer is checked against the request before it is used.
 */
public final class Tsa {
    private static final int MAX_RESPONSE = 256 * 1024;
    private final URI url;
    private final java.net.ProxySelector proxy;

    /** {@code proxy}: null for none. */
    public Tsa(String url, java.net.ProxySelector proxy) throws Refusal {
        try {
            this.url = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new Refusal("sign.tsaUrl", url);
        }
        String scheme = String.valueOf(this.url.getScheme()).toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refusal("sign.tsaUrl", url);
        }
        this.proxy = proxy;
    }

    public String url() {
        return url.toString();
    }

    /** The encoded TimeStampToken (a CMS ContentInfo) over {@code sha256}. */
    public byte[] token(byte[] sha256) throws Refusal, InterruptedException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256,
                new BigInteger(64, new SecureRandom()));
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(proxy == null ? HttpClient.Builder.NO_PROXY : proxy);
        try (HttpClient client = b.build()) {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_RESPONSE + 1);
            }
            if (response.statusCode() != 200 || body.length > MAX_RESPONSE) {
                throw new Refusal("sign.tsaRefused", url, "HTTP " + response.statusCode());
            }
            TimeStampResponse answer = new TimeStampResponse(body);
            answer.validate(request);
            if (answer.getTimeStampToken() == null) {
                throw new Refusal("sign.tsaRefused", url, String.valueOf(answer.getStatusString()));
            }
            return answer.getTimeStampToken().getEncoded();
        } catch (IOException e) {
            throw new Refusal("sign.tsaUnreachable", url, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (TSPException e) {
            throw new Refusal("sign.tsaRefused", url, e.getMessage());
        }
    }
}
