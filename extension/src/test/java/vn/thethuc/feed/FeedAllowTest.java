package vn.thethuc.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thethuc.i18n.Refusal;

class FeedAllowTest {
    static final FeedAllow ALLOW;

    static {
        try {
            ALLOW = FeedAllow.of(List.of("https://sokhdt.lamdong.gov.vn/kehoach/", "https://feeds.example.vn:8443/"));
        } catch (Refusal e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anAddressUnderAnAllowedPrefixIsFetched() throws Refusal {
        assertEquals("https://sokhdt.lamdong.gov.vn/kehoach/2026/cchc.json",
                ALLOW.check("https://SOKHDT.lamdong.gov.vn/kehoach/2026/cchc.json").toString());
        assertEquals("https://feeds.example.vn:8443/a.json", ALLOW.check(" https://feeds.example.vn:8443/a.json ").toString());
    }

    /** What a hostile client tries: the server's own files, other hosts and ports, the prefix's look-alikes. */
    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "file:///etc/passwd", "../shared/feeds/x.json", "http://sokhdt.lamdong.gov.vn/kehoach/x.json",
        "https://127.0.0.1:22/", "https://sokhdt.lamdong.gov.vn.evil.com/kehoach/x.json",
        "https://sokhdt.lamdong.gov.vn@evil.com/kehoach/x.json", "https://evil.com@sokhdt.lamdong.gov.vn/kehoach/x.json",
        "https://sokhdt.lamdong.gov.vn/kehoach/../admin/x.json", "https://sokhdt.lamdong.gov.vn/kehoach/%2e%2e/admin",
        "https://sokhdt.lamdong.gov.vn/other/x.json", "https://sokhdt.lamdong.gov.vn:444/kehoach/x.json",
        "https://feeds.example.vn/a.json", "https://[::1]/kehoach/", "", "https:///kehoach/", "%zz"})
    void anythingElseIsRefused(String source) {
        Refusal r = assertThrows(Refusal.class, () -> ALLOW.check(source));
        assertEquals("feed.notAllowed", r.key());
    }

    @Test
    void noPrefixAllowsNothing() {
        assertThrows(Refusal.class, () -> FeedAllow.NONE.check("https://sokhdt.lamdong.gov.vn/kehoach/x.json"));
    }

    @Test
    void aPrefixThatIsNoHttpsAddressStopsTheStart() {
        for (String bad : List.of("/srv/feeds/", "http://sokhdt.lamdong.gov.vn/", "sokhdt.lamdong.gov.vn")) {
            Refusal r = assertThrows(Refusal.class, () -> FeedAllow.of(List.of(bad)));
            assertEquals("feed.badAllow", r.key());
        }
    }
}
