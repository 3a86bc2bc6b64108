package vn.thethuc.uno.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.CheckReport;
import vn.thethuc.sign.Keys;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.ReservedFields;
import vn.thethuc.sign.Tsa;
import vn.thethuc.uno.service.SignedExport;

/**
 * Issuing a signed PDF, the one sequence that Writer's Xuất PDF có ký số…, {@code thethuc sign} and the
 * server run: the gate (the check in issue mode; errors block unless the agency's policy says warn or
 * off), the key's own warnings, LibreOffice's export of a copy, the PAdES signature, the atomic write.
 * Where the document is, and how its copy is exported, is the caller's {@link Source}.
 */
public final class SignService {
    /** What errors of the gate do: block the signature, only warn, or no gate at all (gatePolicy). */
    public enum Policy {
        BLOCK, WARN, OFF;

        /** The setting's value; blank or unknown is {@link #BLOCK}, the safe side. */
        public static Policy of(String setting) {
            for (Policy p : values()) {
                if (p.name().equalsIgnoreCase(setting == null ? "" : setting.strip())) {
                    return p;
                }
            }
            return BLOCK;
        }
    }

    /** The document to sign as its caller holds it. */
    public interface Source {
        /** The check the gate reads. */
        CheckReport check() throws Exception;

        /**
         * Exports a copy of the document as it is now and writes it signed to {@code target} (with
         * {@link SignedExport#write}); answers whether the signature is visible and which fields it reserved.
         */
        SignedExport.Written write(Path target, boolean replace, PadesSigner.Key key, Tsa tsa, SignedExport.Look look)
                throws Exception;
    }

    /** What the sequence came to. */
    public sealed interface Result {
        /** Not signed: the gate found errors and the policy blocks. Nothing was written. */
        record Blocked(CheckReport report) implements Result {
        }

        /**
         * Signed into {@code pdf}. {@code report}: the gate's check (null without a gate), its errors let
         * through when the policy warns, without the blank number left for the records office;
         * {@code reserved}: the fields left for the records office; {@code keyWarnings}: bundle keys about
         * the certificate.
         */
        record Signed(Path pdf, boolean visible, List<String> reserved, CheckReport report, List<String> keyWarnings)
                implements Result {
        }
    }

    private SignService() {
    }

    /** A target that can be written: a .pdf in a folder that exists, absent unless {@code replace}. */
    public static void checkTarget(Path target, boolean replace) throws Refusal {
        Path dir = target.toAbsolutePath().getParent();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") || dir == null
                || !Files.isDirectory(dir)) {
            throw new Refusal("sign.badOut", target);
        }
        if (Files.exists(target) && !replace) {
            throw new Refusal("sign.exists", target);
        }
    }

    /**
     * Gate, export, sign, write. The key stays the caller's (to release); a failure of the export or the
     * signature is thrown as it came and leaves no file.
     */
    public static Result sign(Source source, Policy policy, PadesSigner.Key key, Path target, boolean replace,
            Tsa tsa, SignedExport.Look look) throws Exception {
        checkTarget(target, replace);
        CheckReport report = policy == Policy.OFF ? null : source.check();
        boolean numberLeft = false;
        if (report != null) {
            // a blank number is the records office's to give: the signer's draft is not at fault
            CheckReport.Item left = report.findings().stream()
                    .filter(f -> ReservedFields.leftForRecords(f.rule(), f.text())).findFirst().orElse(null);
            if (left != null) {
                numberLeft = true;
                report = report.without(left);
            }
        }
        if (report != null && report.errors() > 0 && policy == Policy.BLOCK) {
            return new Result.Blocked(report);
        }
        List<String> warnings = Keys.check(key.certificate(), Instant.now());
        SignedExport.Written written = source.write(target, replace, key, tsa, look);
        if (numberLeft && !written.reserved().contains(ReservedFields.NUMBER_FIELD)) {
            // the number could not be reserved where it goes: a PDF without a number, and no way to give it
            Files.deleteIfExists(target);
            throw new Refusal("sign.numberNotReserved", target);
        }
        return new Result.Signed(target, written.visible(), written.reserved(), report, warnings);
    }
}
