package vn.thethuc.feed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The proxy LibreOffice is told to use (Tools › Options › Internet › Proxy: none, system or manual,
 * with its "no proxy for" list), as a selector for one HTTP client — never the JVM's default.
 */
public final class Proxies {
    /** LibreOffice's ooInetProxyType: 0 none; 1 the system's (the desktop fills the same keys); 2 manual. */
    public static final int NONE = 0;

    private Proxies() {
    }

    /** Null when there is no proxy to use. {@code noProxy}: hosts separated by ';' (or ','), '*' as a wildcard. */
    public static ProxySelector of(int type, String host, int port, String noProxy) {
        if (type == NONE || host == null || host.isBlank() || port <= 0) {
            return null;
        }
        List<String> bypass = Arrays.stream((noProxy == null ? "" : noProxy).split("[;,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host.strip(), port));
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                String h = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
                return List.of(bypass.stream().anyMatch(b -> matches(b, h)) ? Proxy.NO_PROXY : proxy);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                // one proxy: nothing else to try
            }
        };
    }

    /**
     * For the command line on a server: {@code https_proxy} (or {@code HTTPS_PROXY}), e.g.
     * {@code http://proxy.tinh.gov.vn:3128}, and {@code no_proxy}; null without one.
     */
    public static ProxySelector fromEnvironment(java.util.Map<String, String> env) {
        String value = env.getOrDefault("https_proxy", env.getOrDefault("HTTPS_PROXY", "")).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(value.contains("://") ? value : "http://" + value);
            return of(2, uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort(),
                    env.getOrDefault("no_proxy", env.getOrDefault("NO_PROXY", "")));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "*.tinh.gov.vn", ".tinh.gov.vn", "tinh.gov.vn" (and its subdomains), "10.*", "*". */
    static boolean matches(String pattern, String host) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.contains("*")) {
            String regex = Arrays.stream(pattern.split("\\*", -1)).map(java.util.regex.Pattern::quote)
                    .reduce((a, b) -> a + ".*" + b).orElse("");
            return host.matches(regex);
        }
        String p = pattern.startsWith(".") ? pattern.substring(1) : pattern;
        return host.equals(p) || host.endsWith("." + p);
    }
}
