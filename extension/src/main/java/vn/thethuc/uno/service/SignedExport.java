package vn.thethuc.uno.service;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleNamedDestination;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.sign.Appearance;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.ReservedFields;
import vn.thethuc.sign.Tsa;

/**
 * A document copy exported by LibreOffice's PDF filter and signed: the signature block marked, the
 * PDF exported, the visible signature placed where the marks landed, the signed bytes written to a
 * temporary file beside the target and renamed. A failure leaves no file.
 */
public final class SignedExport {
    /**
     * How the signed PDF looks: visible or not, PDF/A-2b or not, the pictures of the signature (may be null),
     * and whether the signature certifies the PDF (DocMDP P=2) or only approves it.
     */
    public record Look(boolean invisible, boolean pdfA, byte[] image, byte[] seal, boolean certify) {
    }

    /**
     * Exports the copy to {@code pdf} with LibreOffice's PDF filter, its signature block first marked when
     * {@code marks} (see {@link SignatureMarks}); answers whether a block was marked. In LibreOffice's process
     * {@link #IN_PROCESS}; from the launcher, the sign command's {@code Prepare} step, so that the document
     * is walked in-process, not call by call over the pipe.
     */
    @FunctionalInterface
    public interface Exporting {
        boolean export(XComponent copy, Path pdf, boolean marks, boolean pdfA) throws com.sun.star.uno.Exception;
    }

    /** Marks and exports with calls made inside LibreOffice's process. */
    public static final Exporting IN_PROCESS = (copy, pdf, marks, pdfA) -> {
        boolean marked = marks && SignatureMarks.mark(Proxies.q(XModel.class, copy));
        Proxies.q(XStorable.class, copy).storeToURL(pdf.toUri().toString(),
                SignatureMarks.exportFilter(pdfA));
        return marked;
    };

    private SignedExport() {
    }

    /**
     * What was written: whether the signature shows (false when no signature block was found, or invisible was
     * asked), and the fields reserved for the records office ({@link ReservedFields}).
     */
    public record Written(boolean visible, List<String> reserved) {
    }

    /**
     * Exports {@code copy} (a document loaded for this, closed without saving by the caller: the marks
     * go into it) and writes the signed PDF to {@code target}; {@code replace}: an existing file may be
     * replaced. The blanks the signer left for the records office become fillable fields.
     */
    public static Written write(XComponent copy, Path target, boolean replace, PadesSigner.Key key, Tsa tsa, Look look,
            Exporting exporting) throws com.sun.star.uno.Exception, IOException, GeneralSecurityException, Refusal, InterruptedException {
        Path pdf = vn.thethuc.document.AtomicFile.temp(target, ".unsigned");
        Path tmp = vn.thethuc.document.AtomicFile.temp(target, ".tmp");
        try {
            // marked also for an invisible signature: the blanks' marks place the reserved fields
            boolean marked = exporting.export(copy, pdf, true, look.pdfA());
            byte[] exported = Files.readAllBytes(pdf);
            Map<String, String> destinations = destinations(exported);
            Calendar when = PadesSigner.now();
            List<ReservedFields.Field> reserved = ReservedFields.fields(destinations);
            // with the number left to the records office, the seal is theirs to add when they issue it
            byte[] seal = reserved.stream().anyMatch(f -> f.name().equals(ReservedFields.NUMBER_FIELD)) ? null
                    : look.seal();
            Appearance appearance = null;
            if (marked && !look.invisible()) {
                ZonedDateTime time = ZonedDateTime.ofInstant(when.toInstant(), vn.thethuc.document.VietnamTime.ZONE);
                appearance = Appearance.between(destinations).map(box -> new Appearance(box,
                        Appearance.lines(key.certificate(), time), look.image(), seal,
                        Appearance.systemFont().orElse(null))).orElse(null);
            }
            byte[] signed = PadesSigner.sign(exported, key, when, "Ban hành văn bản", "", tsa, appearance,
                    look.certify(), new PadesSigner.Revision(PadesSigner.SIGNER_FIELD, reserved, Map.of(),
                            look.pdfA() ? Appearance.systemFont().orElse(null) : null));
            Files.write(tmp, signed);
            vn.thethuc.document.AtomicFile.move(tmp, target, replace);
            return new Written(appearance != null, reserved.stream().map(ReservedFields.Field::name).toList());
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(tmp);
        }
    }

    /** The named destinations of a PDF: LibreOffice writes them in the /Names tree, older writers in /Dests. */
    public static Map<String, String> destinations(byte[] pdf) throws IOException {
        Map<String, String> out = new HashMap<>();
        PdfReader reader = new PdfReader(new org.openpdf.text.pdf.RandomAccessFileOrArray(pdf), null);
        for (boolean names : new boolean[] {false, true}) {
            SimpleNamedDestination.getNamedDestination(reader, names)
                    .forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }
}
