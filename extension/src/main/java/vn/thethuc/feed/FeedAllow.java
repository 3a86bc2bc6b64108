package vn.thethuc.feed;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import vn.thethuc.i18n.Refusal;

/**
 * The parent-plan feeds a server may fetch for its clients: https addresses under the prefixes its administrator
 * allows ({@code --feed-allow}); none by default. A client never names a path on the server, nor another host
 * (a prefix's host is matched whole: {@code https://sokhdt.gov.vn/} does not allow {@code sokhdt.gov.vn.evil.com}).
 */
public final class FeedAllow {
    private final List<URI> prefixes;

    private FeedAllow(List<URI> prefixes) {
        this.prefixes = prefixes;
    }

    public static final FeedAllow NONE = new FeedAllow(List.of());

    /** The administrator's prefixes, each an https address with a host; refused otherwise. */
    public static FeedAllow of(List<String> prefixes) throws Refusal {
        List<URI> out = new java.util.ArrayList<>();
        for (String p : prefixes) {
            URI u = parse(p);
            if (u == null) {
                throw new Refusal("feed.badAllow", p);
            }
            out.add(u);
        }
        return new FeedAllow(List.copyOf(out));
    }

    public boolean none() {
        return prefixes.isEmpty();
    }

    /** {@code source} as an address under an allowed prefix; refused ({@code feed.notAllowed}) otherwise. */
    public URI check(String source) throws Refusal {
        URI u = parse(source == null ? "" : source.strip());
        if (u != null) {
            for (URI p : prefixes) {
                if (u.getHost().equals(p.getHost()) && port(u) == port(p) && u.getPath().startsWith(p.getPath())) {
                    return u;
                }
            }
        }
        throw new Refusal("feed.notAllowed");
    }

    /** An https address with a host, no user part and no ".." in its path, normalised; null for anything else. */
    private static URI parse(String s) {
        try {
            URI u = new URI(s).normalize();
            if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null || u.getRawUserInfo() != null
                    || u.getRawPath() == null || u.getRawPath().contains("..") || u.getRawPath().contains("%2e")
                    || u.getRawPath().contains("%2E")) {
                return null;
            }
            String path = u.getPath().isEmpty() ? "/" : u.getPath();
            return new URI("https", null, u.getHost().toLowerCase(Locale.ROOT), u.getPort(), path, u.getQuery(), null);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI u) {
        return u.getPort() < 0 ? 443 : u.getPort();
    }
}
