package vn.thethuc.uno.cli;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thethuc.document.FileFormat;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.CheckReport;

/**
 * {@code check} through a running {@code thethuc serve} (THETHUC_SERVER=http://host:8787): each file
 * posted to /v1/check, the report the server's worker made taken back as it is. No office starts here.
 */
final class ServerClient {
    /** Longer than the server's own task timeout (120 s by default), which answers 504 first. */
    static final Duration ANSWER_WITHIN = Duration.ofMinutes(10);

    private final URI base;
    private final String language;
    private final HttpClient http;

    ServerClient(String address, String language) throws Refusal {
        URI uri;
        try {
            uri = URI.create(address.strip().replaceAll("/+$", "") + "/");
        } catch (IllegalArgumentException e) {
            throw new Refusal("cli.server.address", address);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new Refusal("cli.server.address", address);
        }
        this.base = uri;
        this.language = language;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The report of {@code file} ({@code format}, as FileFormat found it), named {@code name}. */
    CheckReport check(Path file, FileFormat format, String name, String mode, String feed, String agency)
            throws Refusal, InterruptedException {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("mode", mode);
        query.put("format", "json");
        query.put("name", name);
        if (feed != null) {
            query.put("feed", feed);
            query.put("agency", agency);
        }
        URI uri = base.resolve("v1/check?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(ANSWER_WITHIN)
                    .header("Content-Type", format.mediaType()).header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Refusal("cli.server.unreachable", base, String.valueOf(e.getMessage()));
        }
        if (response.statusCode() != 200) {
            throw new Refusal("cli.server.refused", name, response.statusCode(), error(response.body()));
        }
        try {
            // the server names a document by its file name only; the CLI by the path it was given
            return CheckReport.fromJson(response.body()).named(name);
        } catch (IllegalArgumentException e) {
            throw new Refusal("cli.server.refused", name, response.statusCode(), e.getMessage());
        }
    }

    /** The server's JSON error's message, or the body as it came. */
    private static String error(String body) {
        try {
            return JsonParser.parseString(body).getAsJsonObject().get("error").getAsString();
        } catch (RuntimeException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
