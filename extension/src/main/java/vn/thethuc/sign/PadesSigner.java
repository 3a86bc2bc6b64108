package vn.thethuc.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

/**
 * Signs PDF bytes as PAdES baseline B-B: SubFilter ETSI.CAdES.detached, a CMS over the signed byte
 * range with SHA-256, the ESS signing-certificate-v2 attribute and no signing-time attribute (the time
 * is the signature dictionary's /M). RSA or ECDSA keys, from a PKCS#12 file or a token's provider.
 * With a timestamp server: PAdES B-T.
 */
public final class PadesSigner {
    /** Room for the CMS in /Contents (bytes): a chain of a few certificates and, later, a timestamp. */
    static final int RESERVED = 24 * 1024;

    /** A key and its certificate chain (signer first); {@code provider} is the token's, or null. */
    public record Key(PrivateKey key, List<X509Certificate> chain, Provider provider) {
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    private PadesSigner() {
    }

    public static byte[] sign(byte[] pdf, Key key, Calendar when, String reason, String location)
            throws IOException, GeneralSecurityException {
        try {
            return sign(pdf, key, when, reason, location, null);
        } catch (vn.thethuc.i18n.Refusal | InterruptedException e) {
            throw new IllegalStateException("no timestamp server was asked", e);
        }
    }

    /**
     * With {@code tsa} (may be null): PAdES B-T, the CMS carrying an RFC 3161 timestamp of its
     * signature value (unsigned attribute signature-time-stamp-token).
     */
    public static byte[] sign(byte[] pdf, Key key, Calendar when, String reason, String location, Tsa tsa)
            throws IOException, GeneralSecurityException, vn.thethuc.i18n.Refusal, InterruptedException {
        return sign(pdf, key, when, reason, location, tsa, null);
    }

    /** With {@code appearance} (may be null: an invisible signature), a visible one in its box. */
    public static byte[] sign(byte[] pdf, Key key, Calendar when, String reason, String location, Tsa tsa,
            Appearance appearance) throws IOException, GeneralSecurityException, vn.thethuc.i18n.Refusal,
            InterruptedException {
        return sign(pdf, key, when, reason, location, tsa, appearance, false);
    }

    /**
     * {@code certify}: a certification signature with DocMDP P=2 (ISO 32000-1, 12.8.2.2): after it, only
     * form filling and further signatures keep it valid — the records office's number, date and agency
     * signature. Otherwise an approval signature.
     */
    public static byte[] sign(byte[] pdf, Key key, Calendar when, String reason, String location, Tsa tsa,
            Appearance appearance, boolean certify) throws IOException, GeneralSecurityException,
            vn.thethuc.i18n.Refusal, InterruptedException {
        return sign(pdf, key, when, reason, location, tsa, appearance, certify,
                new Revision(SIGNER_FIELD, List.of(), Map.of(), null));
    }

    /** The signer's signature field; the records office's is {@link #AGENCY_FIELD}. */
    public static final String SIGNER_FIELD = "ChuKySo";
    public static final String AGENCY_FIELD = "ChuKySoCoQuan";

    /**
     * What the signed revision holds besides the signature: the signature field's name, empty text fields to
     * add ({@code reserve}), text fields to fill ({@code fill}, name → value). The reserved fields write in the
     * base-14 Times, not embedded; with {@code embeddedFont} (a PDF/A file, where every font is embedded) in that
     * font embedded whole, so that filling them later adds no font.
     */
    public record Revision(String fieldName, List<ReservedFields.Field> reserve, Map<String, String> fill,
            java.nio.file.Path embeddedFont) {
    }

    public static byte[] sign(byte[] pdf, Key key, Calendar when, String reason, String location, Tsa tsa,
            Appearance appearance, boolean certify, Revision revision)
            throws IOException, GeneralSecurityException, vn.thethuc.i18n.Refusal, InterruptedException {
        List<ReservedFields.Field> fields = revision.reserve();
        try {
            // partial: objects are read when needed, not the whole file up front
            PdfReader reader = new PdfReader(new org.openpdf.text.pdf.RandomAccessFileOrArray(pdf), null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + RESERVED * 2 + 8192);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
            PdfSignatureAppearance sap = stamper.getSignatureAppearance();
            sap.setSignDate(when);
            sap.setReason(reason);
            sap.setLocation(location);
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("ETSI.CAdES.detached"));
            dictionary.setDate(new PdfDate(when));
            dictionary.setReason(reason);
            dictionary.setLocation(location);
            sap.setCryptoDictionary(dictionary);
            if (certify) {
                sap.setCertificationLevel(PdfSignatureAppearance.CERTIFIED_FORM_FILLING);
            }
            declarePdf17(reader);
            for (ReservedFields.Field f : fields) {
                Appearance.Box b = f.box();
                org.openpdf.text.pdf.TextField field = new org.openpdf.text.pdf.TextField(stamper.getWriter(),
                        new org.openpdf.text.Rectangle(b.llx(), b.lly(), b.urx(), b.ury()), f.name());
                // a font the records office fills with as it is (a font added to the field when it is filled would
                // be a change the signer's certification does not allow): the base-14 Times, Times New Roman's PDF
                // twin — the number and the day are digits — or, for PDF/A, a font embedded whole
                field.setFont(fieldFont(revision.embeddedFont()));
                field.setFontSize(13);
                field.setAlignment(ReservedFields.rightAligned(f.name()) ? org.openpdf.text.Element.ALIGN_RIGHT
                        : org.openpdf.text.Element.ALIGN_CENTER);
                field.setBorderWidth(0);
                org.openpdf.text.pdf.PdfFormField form = field.getTextField();
                if (!f.monthYear().isEmpty()) {
                    // the month and year printed after the blank day (/TM): the day given must fall in them
                    form.put(PdfName.TM, new PdfString(f.monthYear()));
                }
                stamper.addAnnotation(form, b.page());
            }
            if (!revision.fill().isEmpty()) {
                org.openpdf.text.pdf.AcroFields form = stamper.getAcroFields();
                for (Map.Entry<String, String> e : revision.fill().entrySet()) {
                    if (!form.setField(e.getKey(), e.getValue())) {
                        throw new IOException("no field " + e.getKey() + " to fill");
                    }
                }
            }
            if (appearance != null) {
                draw(sap, appearance, revision.fieldName());
            }
            sap.preClose(Map.of(PdfName.CONTENTS, RESERVED * 2 + 2));
            byte[] signedRange;
            try (InputStream range = sap.getRangeStream()) {
                signedRange = range.readAllBytes();
            }
            byte[] cms = cms(signedRange, key, tsa);
            if (cms.length > RESERVED) {
                throw new IOException("the signature (" + cms.length + " bytes) does not fit the room kept for it");
            }
            PdfDictionary contents = new PdfDictionary();
            contents.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, RESERVED)).setHexWriting(true));
            sap.close(contents);
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * LibreOffice 7.4 writes PDF 1.6; the signed file declares PDF 1.7 (ISO 32000-1, of which 1.6 content is a
     * subset) in its catalog, with the ETSI extension PAdES signatures belong to (ESIC, level 2), as the
     * incremental update may.
     */
    private static void declarePdf17(PdfReader reader) {
        PdfDictionary catalog = reader.getCatalog();
        PdfName declared = catalog.getAsName(PdfName.VERSION);
        String version = reader.getPdfVersion();
        if (declared != null && declared.toString().substring(1).compareTo(version) > 0) {
            version = declared.toString().substring(1);
        }
        if (version.compareTo("1.7") > 0) {
            return; // PDF 2.0 has the PAdES subfilters of its own
        }
        catalog.put(PdfName.VERSION, org.openpdf.text.pdf.PdfWriter.PDF_VERSION_1_7);
        PdfDictionary extensions = catalog.getAsDict(PdfName.EXTENSIONS);
        if (extensions == null) {
            extensions = new PdfDictionary();
            catalog.put(PdfName.EXTENSIONS, extensions);
        }
        PdfDictionary esic = new PdfDictionary();
        esic.put(new PdfName("BaseVersion"), org.openpdf.text.pdf.PdfWriter.PDF_VERSION_1_7);
        esic.put(new PdfName("ExtensionLevel"), new org.openpdf.text.pdf.PdfNumber(2));
        extensions.put(new PdfName("ESIC"), esic);
    }

    /** The detached CMS (CAdES-BES profile of PAdES B-B; with {@code tsa}, B-T) over {@code data}. */
    static byte[] cms(byte[] data, Key key, Tsa tsa)
            throws GeneralSecurityException, IOException, vn.thethuc.i18n.Refusal, InterruptedException {
        try {
            String algorithm = key.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            JcaContentSignerBuilder signerBuilder = new JcaContentSignerBuilder(algorithm);
            if (key.provider() != null) {
                signerBuilder.setProvider(key.provider());
            }
            ContentSigner signer = signerBuilder.build(key.key());
            X509Certificate cert = key.certificate();
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash);
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
            ASN1EncodableVector extra = new ASN1EncodableVector();
            extra.add(signingCertificate);
            CMSAttributeTableGenerator withoutTime = parameters -> {
                AttributeTable table = new DefaultSignedAttributeTableGenerator(new AttributeTable(extra))
                        .getAttributes(parameters);
                return table.remove(CMSAttributes.signingTime);
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).setSignedAttributeGenerator(withoutTime)
                    .build(signer, cert));
            generator.addCertificates(new JcaCertStore(key.chain()));
            org.bouncycastle.cms.CMSSignedData signed = generator.generate(new CMSProcessableByteArray(data), false);
            if (tsa == null) {
                return signed.getEncoded();
            }
            org.bouncycastle.cms.SignerInformation signer0 = signed.getSignerInfos().getSigners().iterator().next();
            byte[] token = tsa.token(MessageDigest.getInstance("SHA-256").digest(signer0.getSignature()));
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(token))));
            org.bouncycastle.cms.SignerInformation stamped = org.bouncycastle.cms.SignerInformation
                    .replaceUnsignedAttributes(signer0, new AttributeTable(unsigned));
            return org.bouncycastle.cms.CMSSignedData.replaceSigners(signed,
                    new org.bouncycastle.cms.SignerInformationStore(stamped)).getEncoded();
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    /** The signer's image centred, the seal over its left third, the text below (or alone, centred). */
    private static void draw(PdfSignatureAppearance sap, Appearance a, String fieldName)
            throws IOException, DocumentException {
        Appearance.Box box = a.box();
        sap.setVisibleSignature(new org.openpdf.text.Rectangle(box.llx(), box.lly(), box.urx(), box.ury()), box.page(),
                fieldName);
        sap.setAcro6Layers(true);
        org.openpdf.text.pdf.PdfTemplate layer = sap.getLayer(2);
        float w = box.width();
        float h = box.height();
        boolean images = a.signatureImage() != null || a.sealImage() != null;
        float size = a.textSize() > 0 ? a.textSize() : images ? 7f : 9f;
        // the text's own height: under the images when there are some
        float block = a.lines().size() * size * 1.15f + 4;
        float textHeight = images ? Math.min(block, h * 0.45f) : h;
        if (a.signatureImage() != null) {
            org.openpdf.text.Image sig = org.openpdf.text.Image.getInstance(a.signatureImage());
            sig.scaleToFit(w * 0.8f, h - textHeight);
            float x = (w - sig.getScaledWidth()) / 2;
            sig.setAbsolutePosition(x, textHeight + (h - textHeight - sig.getScaledHeight()) / 2);
            layer.addImage(sig);
            if (a.sealImage() != null) {
                org.openpdf.text.Image seal = org.openpdf.text.Image.getInstance(a.sealImage());
                seal.scaleToFit(h, h);
                // over the left third of the signer's image
                seal.setAbsolutePosition(Math.max(0, x + sig.getScaledWidth() / 3 - seal.getScaledWidth() * 2 / 3),
                        (h - seal.getScaledHeight()) / 2);
                layer.addImage(seal);
            }
        } else if (a.sealImage() != null) {
            org.openpdf.text.Image seal = org.openpdf.text.Image.getInstance(a.sealImage());
            seal.scaleToFit(h, h);
            seal.setAbsolutePosition((w - seal.getScaledWidth()) / 2, (h - seal.getScaledHeight()) / 2);
            layer.addImage(seal);
        }
        org.openpdf.text.pdf.BaseFont base = a.font() == null
                ? org.openpdf.text.pdf.BaseFont.createFont()
                : font(a.font());
        org.openpdf.text.pdf.ColumnText column = new org.openpdf.text.pdf.ColumnText(layer);
        // text alone stands in the middle of the box; under images, at its foot
        column.setSimpleColumn(2, 1, w - 2, images ? textHeight - 1 : Math.min(h - 1, (h + block) / 2));
        org.openpdf.text.Paragraph text = new org.openpdf.text.Paragraph(size * 1.15f, String.join("\n", a.lines()),
                new org.openpdf.text.Font(base, size));
        text.setAlignment(org.openpdf.text.Element.ALIGN_CENTER);
        column.addElement(text);
        column.go();
    }

    private static org.openpdf.text.pdf.BaseFont fieldFont(java.nio.file.Path embedded)
            throws IOException, DocumentException {
        if (embedded == null) {
            return org.openpdf.text.pdf.BaseFont.createFont(org.openpdf.text.pdf.BaseFont.TIMES_ROMAN,
                    org.openpdf.text.pdf.BaseFont.WINANSI, org.openpdf.text.pdf.BaseFont.NOT_EMBEDDED);
        }
        org.openpdf.text.pdf.BaseFont whole = org.openpdf.text.pdf.BaseFont.createFont(embedded.toString(),
                org.openpdf.text.pdf.BaseFont.WINANSI, org.openpdf.text.pdf.BaseFont.EMBEDDED);
        whole.setSubset(false);
        return whole;
    }

    static final java.util.Map<java.nio.file.Path, org.openpdf.text.pdf.BaseFont> FONTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static org.openpdf.text.pdf.BaseFont font(java.nio.file.Path file) throws IOException, DocumentException {
        org.openpdf.text.pdf.BaseFont f = FONTS.get(file);
        if (f == null) {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            // from memory: subsetting it for each signature then never reads the font file again
            f = org.openpdf.text.pdf.BaseFont.createFont(file.getFileName().toString(),
                    org.openpdf.text.pdf.BaseFont.IDENTITY_H, org.openpdf.text.pdf.BaseFont.EMBEDDED, false, bytes, null);
            FONTS.put(file, f);
        }
        return f;
    }

    /**
     * Loads and runs once what a signature needs (BouncyCastle's CMS, OpenPDF's reader and stamper, the
     * appearance's font) with a throwaway key on a one-page PDF in memory — on a background thread while
     * LibreOffice starts or the user types the PIN, so that the real signature does not pay for it.
     * Nothing is written anywhere; a failure is of no consequence.
     */
    public static void warmUp() {
        try {
            Key key = DemoCertificate.key("EC");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            org.openpdf.text.Document d = new org.openpdf.text.Document();
            org.openpdf.text.pdf.PdfWriter.getInstance(d, out);
            d.open();
            d.add(new org.openpdf.text.Paragraph("Thể Thức"));
            d.close();
            Appearance look = new Appearance(new Appearance.Box(1, 100, 100, 300, 200),
                    Appearance.lines(key.certificate(), vn.thethuc.document.VietnamTime.now()), null, null,
                    Appearance.systemFont().orElse(null));
            sign(out.toByteArray(), key, now(), "", "", null, look);
        } catch (Exception | LinkageError e) {
            // only a warm-up: the real signature reports its own errors
        }
    }

    /** Starts {@link #warmUp} on a daemon thread. */
    public static void warmUpInBackground() {
        Thread t = new Thread(PadesSigner::warmUp, "thethuc-sign-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Now, in Vietnam's time zone (+07:00), as the signature's /M. */
    public static Calendar now() {
        return new GregorianCalendar(TimeZone.getTimeZone(vn.thethuc.document.VietnamTime.ZONE));
    }
}
