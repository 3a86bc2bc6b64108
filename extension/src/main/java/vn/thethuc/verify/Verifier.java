package vn.thethuc.verify;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.thethuc.i18n.Refusal;

/**
 * The signatures of a PDF as the EU's DSS library validates them (offline: the trust anchors are the
 * certificates given, no revocation data is fetched), told in the terms of NĐ30's issuing: who signed,
 * for which organisation, when, a certification (with its DocMDP level) or an approval, its PAdES level,
 * whether its bytes are intact, whether what was changed after it is what its document allows, whether its
 * chain reaches a given anchor, and where its picture is. Plain Java; nothing here touches LibreOffice.
 */
public final class Verifier {
    /**
     * Where a signature shows: its page (1-based) and rectangle in points, invisible when it has none; and where
     * that is as NĐ30 sees it ({@code where}): "signature-block" (between a title line in capitals and a name),
     * "over-signer-left-third" (a seal over the left third of the first signature's picture), "top-right" (an
     * attachment's first page), "elsewhere", or "invisible".
     */
    public record Placement(boolean visible, int page, float llx, float lly, float urx, float ury, String where) {
        static final Placement INVISIBLE = new Placement(false, 0, 0, 0, 0, 0, "invisible");

        Placement where(String where) {
            return new Placement(visible, page, llx, lly, urx, ury, where);
        }
    }

    /**
     * One signature. {@code docMdp}: 1–3 for a certification, 0 for an approval; {@code trusted}: null when
     * no anchor was given; {@code changes}: what was changed after it, in DSS's classes (empty: nothing).
     */
    public record Signature(String field, String signer, String organisation, Instant time, String kind, int docMdp,
            String level, String subFilter, boolean intact, boolean changesAllowed, List<String> changes,
            Boolean trusted, Placement placement) {
        public boolean valid() {
            return intact && changesAllowed;
        }
    }

    private Verifier() {
    }

    /** The signatures of {@code pdf}, in the order they were added; a file that is no PDF is refused. */
    public static List<Signature> verify(byte[] pdf, String name, List<X509Certificate> anchors) throws Refusal {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new Refusal("verify.notPdf", name);
        }
        Map<String, Placement> placements;
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new Refusal("verify.notPdf", name);
        }
        try (doc) {
            placements = placements(doc);
            return verify(pdf, name, anchors, placements, doc);
        } catch (IOException e) {
            throw new Refusal("verify.notPdf", name);
        }
    }

    private static List<Signature> verify(byte[] pdf, String name, List<X509Certificate> anchors,
            Map<String, Placement> placements, PDDocument doc) throws Refusal, IOException {
        DiagnosticData data;
        try {
            CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
            anchors.forEach(c -> trusted.addCertificate(new CertificateToken(c)));
            CommonCertificateVerifier verifier = new CommonCertificateVerifier();
            verifier.addTrustedCertSources(trusted);
            verifier.setCrlSource(null);
            verifier.setOcspSource(null);
            verifier.setAIASource(null);
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, name));
            validator.setCertificateVerifier(verifier);
            data = validator.validateDocument().getDiagnosticData();
        } catch (RuntimeException e) {
            throw new Refusal("verify.notPdf", name);
        }
        List<SignatureWrapper> signatures = new ArrayList<>(data.getSignatures().stream()
                .filter(s -> s.getPDFRevision() != null).toList());
        signatures.sort(Comparator.comparing(Verifier::signedEnd));
        // the strictest certification in the file governs every change after it (ISO 32000-1, 12.8.2.2)
        int governing = signatures.stream().map(s -> permission(s.getPDFRevision())).filter(p -> p > 0).findFirst()
                .orElse(0);
        List<Signature> out = new ArrayList<>();
        Placement first = null;
        for (SignatureWrapper s : signatures) {
            PDFRevisionWrapper revision = s.getPDFRevision();
            int docMdp = permission(revision);
            CertificateWrapper cert = s.getSigningCertificate();
            List<String> changes = changes(revision);
            boolean intact = s.isSignatureIntact() && s.isSignatureValid() && revision.isSignatureByteRangeValid();
            String field = revision.getFirstFieldName();
            Placement placement = placements.getOrDefault(field, Placement.INVISIBLE);
            if (placement.visible()) {
                placement = placement.where(where(doc, placement, out.isEmpty() ? null : first));
                if (first == null && out.isEmpty()) {
                    first = placement;
                }
            }
            out.add(new Signature(field, cert == null ? "" : cert.getCertificateDN(),
                    cert == null || cert.getOrganizationName() == null ? "" : cert.getOrganizationName(),
                    s.getClaimedSigningTime() == null ? null : s.getClaimedSigningTime().toInstant(),
                    docMdp > 0 ? "certification" : "approval", docMdp, String.valueOf(s.getSignatureFormat()),
                    String.valueOf(revision.getSubFilter()), intact, allowed(revision, governing), changes,
                    anchors.isEmpty() ? null : s.isTrustedChain(), placement));
        }
        return out;
    }

    /**
     * Where a visible signature sits as NĐ30 sees it; {@code signer}: the first signature's placement, when this
     * is a later one.
     */
    static String where(PDDocument doc, Placement p, Placement signer) throws IOException {
        float width = p.urx() - p.llx();
        if (signer != null && signer.visible() && signer.page() == p.page()) {
            float centre = (p.llx() + p.urx()) / 2;
            float third = (signer.urx() - signer.llx()) / 3;
            boolean overlaps = p.lly() < signer.ury() && p.ury() > signer.lly();
            if (overlaps && centre >= signer.llx() && centre <= signer.llx() + third) {
                return "over-signer-left-third";
            }
        }
        PDRectangle page = doc.getPage(p.page() - 1).getMediaBox();
        if (p.page() == 1 && p.urx() > page.getWidth() - 60 && p.ury() > page.getHeight() - 60 && width < page.getWidth() / 2) {
            return "top-right";
        }
        // the title line above (capitals), the signer's name below (not all capitals)
        String above = text(doc, p.page(), p.llx() - 20, p.ury(), width + 40, 45, page.getHeight());
        String below = text(doc, p.page(), p.llx() - 20, p.lly() - 30, width + 40, 32, page.getHeight());
        boolean title = above.lines().map(String::strip).anyMatch(l -> l.length() > 2
                && l.equals(l.toUpperCase(java.util.Locale.ROOT)) && l.chars().anyMatch(Character::isLetter));
        boolean nameLine = below.lines().map(String::strip).anyMatch(l -> l.length() > 2
                && !l.equals(l.toUpperCase(java.util.Locale.ROOT)));
        return title && nameLine ? "signature-block" : "elsewhere";
    }

    /** The text in a rectangle of a page ({@code x, y} its lower left corner in PDF points). */
    private static String text(PDDocument doc, int page, float x, float y, float w, float h, float pageHeight)
            throws IOException {
        org.apache.pdfbox.text.PDFTextStripperByArea area = new org.apache.pdfbox.text.PDFTextStripperByArea();
        area.addRegion("r", new java.awt.geom.Rectangle2D.Float(x, pageHeight - y - h, w, h));
        area.extractRegions(doc.getPage(page - 1));
        return java.text.Normalizer.normalize(area.getTextForRegion("r"), java.text.Normalizer.Form.NFC);
    }

    /** Where the signed bytes of a signature end: its revision's place in the file. */
    private static BigInteger signedEnd(SignatureWrapper s) {
        List<BigInteger> range = s.getPDFRevision().getSignatureByteRange();
        return range == null || range.size() < 4 ? BigInteger.ZERO : range.get(2).add(range.get(3));
    }

    private static int permission(PDFRevisionWrapper revision) {
        CertificationPermission p = revision.getDocMDPPermissions();
        return p == null ? 0 : p.getCode();
    }

    private static List<String> changes(PDFRevisionWrapper revision) {
        List<String> all = new ArrayList<>();
        revision.getPdfSignatureOrFormFillChanges().forEach(m -> all.add("signature-or-form-fill"));
        revision.getPdfAnnotationChanges().forEach(m -> all.add("annotation"));
        revision.getPdfUndefinedChanges().forEach(m -> all.add("undefined"));
        if (!revision.getPdfVisualDifferenceConcernedPages().isEmpty()) {
            all.add("appearance");
        }
        if (!revision.getPdfPageDifferenceConcernedPages().isEmpty()) {
            all.add("pages");
        }
        return all.stream().distinct().toList();
    }

    /**
     * What was changed after a signature is allowed when it is what the governing certification permits:
     * P=1 nothing; P=2 signatures and form filling; P=3 also annotations. Without a certification, signatures,
     * form filling and annotations (an approval does not lock the document). Changes DSS cannot class (a page's
     * content rewritten) and pages added or removed are never allowed; a page that only looks different is
     * judged by what changed in it. DSS's own additions (its extension changes: DSS, VRI) are always allowed.
     */
    static boolean allowed(PDFRevisionWrapper revision, int governing) {
        // pages added or removed; a page that only looks different (a field filled, a signature's picture) is
        // judged by what objects changed
        boolean pages = !revision.getPdfPageDifferenceConcernedPages().isEmpty();
        boolean undefined = !revision.getPdfUndefinedChanges().isEmpty();
        boolean annotations = !revision.getPdfAnnotationChanges().isEmpty();
        boolean formFill = !revision.getPdfSignatureOrFormFillChanges().isEmpty();
        if (pages || undefined) {
            return false;
        }
        return switch (governing) {
            case 1 -> !annotations && !formFill;
            case 2 -> !annotations;
            default -> true;
        };
    }

    /** Each signature field's widget: page and rectangle. */
    private static Map<String, Placement> placements(PDDocument doc) throws IOException {
        Map<String, Placement> out = new java.util.HashMap<>();
        for (PDSignatureField field : doc.getSignatureFields()) {
            List<PDAnnotationWidget> widgets = field.getWidgets();
            if (widgets.isEmpty()) {
                continue;
            }
            PDAnnotationWidget w = widgets.get(0);
            PDRectangle r = w.getRectangle();
            int page = w.getPage() == null ? -1 : doc.getPages().indexOf(w.getPage());
            if (page < 0) {
                // widgets without /P: find the page that lists it
                for (int i = 0; i < doc.getNumberOfPages() && page < 0; i++) {
                    for (var a : doc.getPage(i).getAnnotations()) {
                        if (a.getCOSObject() == w.getCOSObject()) {
                            page = i;
                            break;
                        }
                    }
                }
            }
            boolean visible = r != null && r.getWidth() > 0 && r.getHeight() > 0 && page >= 0;
            out.put(field.getFullyQualifiedName(), visible
                    ? new Placement(true, page + 1, r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(),
                            r.getUpperRightY(), "elsewhere")
                    : Placement.INVISIBLE);
        }
        return out;
    }
}
