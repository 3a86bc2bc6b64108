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
    /** Where a signature shows: its page (1-based) and rectangle in points; invisible when it has none. */
    public record Placement(boolean visible, int page, float llx, float lly, float urx, float ury) {
        static final Placement INVISIBLE = new Placement(false, 0, 0, 0, 0, 0);
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
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            placements = placements(doc);
        } catch (IOException e) {
            throw new Refusal("verify.notPdf", name);
        }
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
        for (SignatureWrapper s : signatures) {
            PDFRevisionWrapper revision = s.getPDFRevision();
            int docMdp = permission(revision);
            CertificateWrapper cert = s.getSigningCertificate();
            List<String> changes = changes(revision);
            boolean intact = s.isSignatureIntact() && s.isSignatureValid() && revision.isSignatureByteRangeValid();
            String field = revision.getFirstFieldName();
            out.add(new Signature(field, cert == null ? "" : cert.getCertificateDN(),
                    cert == null || cert.getOrganizationName() == null ? "" : cert.getOrganizationName(),
                    s.getClaimedSigningTime() == null ? null : s.getClaimedSigningTime().toInstant(),
                    docMdp > 0 ? "certification" : "approval", docMdp, String.valueOf(s.getSignatureFormat()),
                    String.valueOf(revision.getSubFilter()), intact, allowed(revision, governing), changes,
                    anchors.isEmpty() ? null : s.isTrustedChain(),
                    placements.getOrDefault(field, Placement.INVISIBLE)));
        }
        return out;
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
                            r.getUpperRightY())
                    : Placement.INVISIBLE);
        }
        return out;
    }
}
