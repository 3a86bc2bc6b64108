package vn.thethuc.uno.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.ReportJson;
import vn.thethuc.verify.Verifier;
import vn.thethuc.verify.VerifyReport;

/**
 * {@code verify FILE.pdf [--format text|json] [--trust CERTS.pem]}: each signature of a PDF as the EU's
 * DSS validates it. 0 all intact with allowed changes, 1 one broken, followed by a change its document does
 * not allow, or no signature at all, 2 not readable. No LibreOffice is started.
 */
final class VerifyCli {
    private VerifyCli() {
    }

    static int run(Cli cli, String[] args) {
        Options o;
        String format;
        try {
            o = Options.parse(args, Options.valued("--format", "text", "--trust", null), Set.of());
            format = o.oneOf("--format", List.of("text", "json"));
        } catch (Options.Bad e) {
            return cli.usage("verify");
        }
        if (o.operands().size() != 1) {
            return cli.usage("verify");
        }
        Path file = Path.of(o.operands().get(0));
        try {
            if (!Files.isRegularFile(file)) {
                throw new Refusal("cli.check.missing", file);
            }
            List<X509Certificate> anchors = o.path("--trust") == null ? List.of() : anchors(o.path("--trust"));
            List<Verifier.Signature> signatures = Verifier.verify(Files.readAllBytes(file), file.toString(), anchors);
            cli.out.print(format.equals("json")
                    ? ReportJson.toJson(VerifyReport.json(file.toString(), signatures)) + "\n"
                    : VerifyReport.text(file.toString(), signatures, cli.texts));
            return VerifyReport.allValid(signatures) ? Cli.OK : Cli.FINDINGS;
        } catch (Refusal e) {
            cli.err.println(e.message(cli.texts));
            return Cli.FAILED;
        } catch (IOException e) {
            cli.err.println(cli.texts.text("verify.notPdf", file));
            return Cli.FAILED;
        }
    }

    /** The certificates of a PEM (or DER) file: the trust anchors. */
    static List<X509Certificate> anchors(Path pem) throws Refusal {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> all = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                all.add((X509Certificate) c);
            }
            if (all.isEmpty()) {
                throw new Refusal("verify.badTrust", pem);
            }
            return all;
        } catch (IOException | CertificateException e) {
            throw new Refusal("verify.badTrust", pem);
        }
    }
}
