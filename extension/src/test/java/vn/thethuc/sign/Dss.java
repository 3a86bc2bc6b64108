package vn.thethuc.sign;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The EU's DSS validator on a signed PDF, offline: the given certificates are the trust anchors (the
 * signer's own, self-signed, and the timestamp server's), so no revocation data is asked for.
 */
public final class Dss {
    private Dss() {
    }

    public record Verdict(Indication indication, SignatureLevel format, String subIndication, List<String> errors) {
    }

    public static Verdict validate(byte[] pdf, X509Certificate... anchors) {
        return validateAll(pdf, anchors).get(0);
    }

    /** Each signature's verdict, in the simple report's order. */
    public static List<Verdict> validateAll(byte[] pdf, X509Certificate... anchors) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        for (X509Certificate c : anchors) {
            trusted.addCertificate(new CertificateToken(c));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.addTrustedCertSources(trusted);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        return simple.getSignatureIdList().stream().map(id -> new Verdict(simple.getIndication(id),
                simple.getSignatureFormat(id), String.valueOf(simple.getSubIndication(id)),
                simple.getAdESValidationErrors(id).stream().map(m -> m.getValue()).toList())).toList();
    }
}
