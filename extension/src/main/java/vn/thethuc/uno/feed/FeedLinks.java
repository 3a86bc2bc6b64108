package vn.thethuc.uno.feed;

import com.sun.star.frame.XModel;
import com.sun.star.uno.XComponentContext;
import java.util.Map;
import vn.thethuc.uno.boot.Proxies;
import vn.thethuc.uno.settings.Settings;

/** What links a Writer document to its parent plan's feed, and how Writer reaches feeds. */
public final class FeedLinks {
    private FeedLinks() {
    }

    /**
     * The parent plan a document made from a feed remembers (custom properties TheThucFeed and
     * TheThucAgency): read again from its source, or from the copy cached in the user's profile when
     * offline. Nothing when the document is not linked or the feed cannot be had.
     */
    public static java.util.Optional<vn.thethuc.feed.Link> linkOf(XComponentContext context, XModel model, Settings settings) {
        try {
            var props = Proxies.q(com.sun.star.document.XDocumentPropertiesSupplier.class, model)
                    .getDocumentProperties().getUserDefinedProperties();
            var values = Proxies.q(com.sun.star.beans.XPropertySet.class, props);
            var info = values.getPropertySetInfo();
            if (!info.hasPropertyByName("TheThucFeed") || !info.hasPropertyByName("TheThucAgency")) {
                return java.util.Optional.empty();
            }
            String source = String.valueOf(values.getPropertyValue("TheThucFeed"));
            String agency = String.valueOf(values.getPropertyValue("TheThucAgency"));
            var options = feedOptions(context, settings);
            vn.thethuc.feed.Feed feed = new vn.thethuc.feed.FeedSource(options).load(source).feed();
            return feed.agency(agency).isPresent()
                    ? java.util.Optional.of(new vn.thethuc.feed.Link(feed, agency, notApplicable(model)))
                    : java.util.Optional.empty();
        } catch (vn.thethuc.i18n.Refusal | com.sun.star.uno.Exception | RuntimeException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** The tasks the document marks not applicable, with their reasons (custom property TheThucNotApplicable). */
    public static Map<String, String> notApplicable(XModel model) {
        try {
            var values = Proxies.q(com.sun.star.beans.XPropertySet.class,
                    Proxies.q(com.sun.star.document.XDocumentPropertiesSupplier.class, model)
                            .getDocumentProperties().getUserDefinedProperties());
            String name = vn.thethuc.feed.Link.NOT_APPLICABLE_PROPERTY;
            return values.getPropertySetInfo().hasPropertyByName(name)
                    ? vn.thethuc.feed.Link.reasons(String.valueOf(values.getPropertyValue(name))) : Map.of();
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            return Map.of();
        }
    }

    /** How Writer reaches feeds: the administrator's allowHttp, LibreOffice's proxy, a cache in the user's profile. */
    public static vn.thethuc.feed.FeedSource.Options feedOptions(XComponentContext context, Settings settings)
            throws com.sun.star.uno.Exception {
        var substitution = Proxies.q(com.sun.star.util.XStringSubstitution.class,
                context.getServiceManager().createInstanceWithContext("com.sun.star.util.PathSubstitution", context));
        java.nio.file.Path cache = java.nio.file.Path.of(java.net.URI.create(
                substitution.substituteVariables("$(user)", true))).resolve("thethuc-feeds");
        return new vn.thethuc.feed.FeedSource.Options(Boolean.TRUE.equals(settings.value("allowHttp")),
                java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(30), settings.officeProxy(), null, cache);
    }
}
