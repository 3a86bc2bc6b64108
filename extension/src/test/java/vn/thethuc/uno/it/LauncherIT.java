package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thethuc.Version;

/** bin/thethuc as a person runs it. */
class LauncherIT {
    record Run(int exit, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Fixtures.BASEDIR.resolve("bin/thethuc").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Run r = run(Map.of(), "version");
        assertEquals(0, r.exit());
        assertEquals("Thể Thức " + Version.get(), r.out().trim());
    }

    @Test
    void helpListsTheSubcommandsInBothLanguages() throws Exception {
        Run vi = run(Map.of("THETHUC_LANG", "vi"), "help");
        assertEquals(0, vi.exit());
        for (String sub : List.of("demo", "test", "install", "writer", "version")) {
            assertTrue(vi.out().contains(sub), vi.out());
        }
        assertTrue(vi.out().contains("Cách dùng"), vi.out());
        Run en = run(Map.of("THETHUC_LANG", "en"), "help");
        assertTrue(en.out().contains("Usage"), en.out());
    }

    /**
     * What the launcher needs is there (CI installed it): it never runs apt-get. A font list long enough that
     * a reader stopping at the first match kills the lister (SIGPIPE, under pipefail) must not read as "font
     * missing" (#22: as root, check and sign ran apt-get about every second time).
     */
    @Test
    void theLauncherNeverRunsAptWhenWhatItNeedsIsThere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path bin = java.nio.file.Files.createDirectories(dir.resolve("bin"));
        java.nio.file.Path called = dir.resolve("apt-called");
        for (String apt : List.of("apt-get", "apt")) {
            stub(bin.resolve(apt), "#!/bin/sh\necho \"$0 $*\" >> " + called + "\nexit 100\n");
        }
        stub(bin.resolve("fc-list"), "#!/bin/sh\necho 'Liberation Serif'\nseq 1 200000\n");
        for (int i = 0; i < 3; i++) {
            Run r = run(Map.of("PATH", bin + ":" + System.getenv("PATH"), "THETHUC_LANG", "en"),
                    "verify", dir.resolve("none.pdf").toString());
            assertEquals(2, r.exit(), r.err());
            assertFalse(java.nio.file.Files.exists(called), () -> "apt ran: " + r.err());
        }
    }

    /**
     * help, verify and issue need no LibreOffice (#27): the launcher's Java half runs them with LibreOffice's classes
     * off the class path, as on a records office's PC or a server with none installed, and starts no office.
     */
    @Test
    void helpVerifyAndIssueRunWithoutLibreOffice(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var key = vn.thethuc.sign.PadesSignerTest.key("RSA");
        java.nio.file.Path p12 = vn.thethuc.sign.PadesSignerTest.p12(dir, key);
        java.nio.file.Path signed = dir.resolve("da-ky.pdf");
        java.nio.file.Files.write(signed, vn.thethuc.sign.PadesSigner.sign(vn.thethuc.sign.PadesSignerTest.pdf(), key,
                vn.thethuc.sign.PadesSigner.now(), "Ký ban hành", "Thái Nguyên"));
        java.nio.file.Path target = Fixtures.BASEDIR.resolve("target");
        String classPath = String.join(java.io.File.pathSeparator, target.resolve("thethuc.jar").toString(),
                target.resolve("oxt/lib/*").toString(), target.resolve("cli-lib/*").toString());
        java.util.function.Function<List<String>, Run> cli = args -> {
            List<String> cmd = new ArrayList<>(List.of(
                    java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                    "vn.thethuc.uno.cli.Main"));
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().keySet().removeIf(k -> k.startsWith("THETHUC_"));
            pb.environment().put("THETHUC_LANG", "en");
            pb.environment().put("THETHUC_PIN", "123456");
            try {
                Process p = pb.start();
                byte[] out = p.getInputStream().readAllBytes();
                byte[] err = p.getErrorStream().readAllBytes();
                return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        };
        Run help = cli.apply(List.of("help", "verify"));
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("verify FILE.pdf"), help.out());
        Run verify = cli.apply(List.of("verify", signed.toString()));
        assertEquals(0, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().contains("Valid"), verify.out());
        java.nio.file.Path issued = dir.resolve("phat-hanh.pdf");
        Run issue = cli.apply(List.of("issue", signed.toString(), "--number", "15", "--date",
                vn.thethuc.document.VietnamTime.today().toString(), "--pkcs12", p12.toString(), "--out", issued.toString()));
        // a PDF signed elsewhere has no fields reserved for the number: refused in words, or issued
        assertTrue(issue.exit() == 0 && java.nio.file.Files.exists(issued)
                || issue.exit() == 2 && !issue.err().isBlank() && !issue.err().contains("Exception"), issue.out() + issue.err());
        assertFalse(issue.err().contains("NoClassDefFoundError") || verify.err().contains("NoClassDefFoundError"),
                issue.err() + verify.err());
    }

    private static void stub(java.nio.file.Path file, String script) throws IOException {
        java.nio.file.Files.writeString(file, script);
        file.toFile().setExecutable(true);
    }

    @Test
    void anUnknownSubcommandFails() throws Exception {
        Run r = run(Map.of("THETHUC_LANG", "en"), "frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown command"), r.err());
    }

    /** bin/thethuc check: JSON as the issue specifies, exit 1 on errors, 2 when a file cannot be checked. */
    @Test
    void checkPrintsJsonAndAnswersWithExitCodes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cache)
            throws Exception {
        Map<String, String> env = Map.of("THETHUC_LANG", "vi", "XDG_CACHE_HOME", cache.toString());
        String plan = Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx").toString();
        Run json = run(env, "check", plan, "--format", "json", "--mode", "issue");
        assertEquals(1, json.exit(), json.err());
        com.google.gson.JsonObject report = com.google.gson.JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(plan, report.get("file").getAsString());
        assertEquals("issue", report.get("mode").getAsString());
        assertEquals("KH", report.get("documentType").getAsString());
        com.google.gson.JsonObject first = report.getAsJsonArray("findings").get(0).getAsJsonObject();
        for (String key : List.of("rule", "severity", "message", "clause", "paragraph", "text", "fixable")) {
            assertTrue(first.has(key), key + " in " + first);
        }
        assertTrue(report.getAsJsonObject("summary").get("errors").getAsInt() >= 4, json.out());
        assertTrue(json.out().contains("\"rule\": \"ND30.NOI_NHAN.LUU\""), json.out());

        Run sarif = run(env, "check", plan, "--format", "sarif");
        assertEquals(1, sarif.exit(), sarif.err());
        assertEquals(java.util.Set.of(), vn.thethuc.report.SarifSchema.errors(sarif.out()));
        assertTrue(sarif.out().contains("\"ruleId\": \"ND30.NOI_NHAN.LUU\""), sarif.out());

        Run text = run(env, "check", plan);
        assertEquals(1, text.exit());
        assertTrue(text.out().contains("[Lỗi] ND30.NOI_NHAN.LUU") && text.out().contains("Tổng cộng:"), text.out());

        Run missing = run(env, "check", "/nonexistent/ke-hoach.docx", "--format", "json");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Không có tệp /nonexistent/ke-hoach.docx"), missing.err());

        // A picture is refused by its bytes before LibreOffice sees it.
        Run picture = run(env, "check", Fixtures.BASEDIR.resolve("descriptors/icons/thethuc.png").toString());
        assertEquals(2, picture.exit());
        assertTrue(picture.err().contains("không phải văn bản Word") && picture.err().contains("thethuc.png"),
                picture.err());

        Run several = run(env, "check", plan, Fixtures.CORPUS.resolve("seed-001-hadong-2024.odt").toString(),
                "--format", "json");
        assertEquals(2, com.google.gson.JsonParser.parseString(several.out()).getAsJsonArray().size());

        // A lock left by a crashed or open LibreOffice does not stop a check, and none is written.
        java.nio.file.Path locked = cache.resolve("ke-hoach.odt");
        java.nio.file.Files.copy(Fixtures.CORPUS.resolve("seed-001-hadong-2024.odt"), locked);
        java.nio.file.Path lock = cache.resolve(".~lock.ke-hoach.odt#");
        java.nio.file.Files.writeString(lock, "Văn thư,vanthu,may-khac,23.11.2026 08:00,file:///home/vanthu/.config;\n");
        Run lockedRun = run(env, "check", locked.toString());
        assertEquals(1, lockedRun.exit(), lockedRun.err());
        assertEquals("Văn thư,vanthu,may-khac,23.11.2026 08:00,file:///home/vanthu/.config;\n",
                java.nio.file.Files.readString(lock));

        Run usage = run(env, "check", "--mode", "final", plan);
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("Cách dùng: bin/thethuc check"), usage.err());
    }

    /**
     * Bytes that are no document of a supported format are refused before LibreOffice guesses: exit 2, a
     * message naming the file, no report, nothing written (#14).
     */
    @Test
    void checkRefusesWhatIsNotADocument(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Map<String, String> env = Map.of("THETHUC_LANG", "en", "XDG_CACHE_HOME", dir.resolve("cache").toString());
        java.nio.file.Path in = java.nio.file.Files.createDirectory(dir.resolve("in"));
        java.nio.file.Path empty = java.nio.file.Files.write(in.resolve("empty.docx"), new byte[0]);
        byte[] bytes = new byte[100 * 1024];
        new java.util.Random(14).nextBytes(bytes);
        java.nio.file.Path noise = java.nio.file.Files.write(in.resolve("noise.odt"), bytes);
        java.nio.file.Path text = java.nio.file.Files.writeString(in.resolve("text.docx"), "Kính gửi: Sở Nội vụ\n");
        java.nio.file.Path zip = in.resolve("parts.docx");
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("word/styles.xml"));
            out.write("<w:styles/>".getBytes(StandardCharsets.UTF_8));
        }
        List<String> before;
        try (var files = java.nio.file.Files.list(in)) {
            before = files.map(java.nio.file.Path::toString).sorted().toList();
        }
        for (java.nio.file.Path bad : List.of(empty, noise, text, zip)) {
            Run r = run(env, "check", bad.toString(), "--format", "json");
            assertEquals(2, r.exit(), bad + ": " + r.out() + r.err());
            assertTrue(r.err().contains(bad.toString()) && r.err().contains("not"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out().trim().replace("[]", ""), "no report for " + bad);
        }
        Run vi = run(Map.of("THETHUC_LANG", "vi", "XDG_CACHE_HOME", dir.resolve("cache").toString()), "check",
                empty.toString());
        assertEquals(2, vi.exit());
        assertTrue(vi.err().contains("rỗng") && vi.err().contains("empty.docx"), vi.err());
        java.nio.file.Path pdf = dir.resolve("signed.pdf");
        Run sign = run(Map.of("THETHUC_LANG", "en", "THETHUC_PIN", "1", "XDG_CACHE_HOME", dir.resolve("cache").toString()),
                "sign", noise.toString(), "--out", pdf.toString(), "--pkcs12", noise.toString());
        assertEquals(2, sign.exit(), sign.err());
        assertTrue(sign.err().contains("noise.odt"), sign.err());
        assertFalse(java.nio.file.Files.exists(pdf));
        try (var files = java.nio.file.Files.list(in)) {
            assertEquals(before, files.map(java.nio.file.Path::toString).sorted().toList(), "nothing written");
        }
    }

    /** Word 97–2003, RTF, Word and OpenDocument files, alone and in one batch, all answer (a .doc once hung, #14). */
    @Test
    void everyFormatIsCheckedAloneAndInABatch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Map<String, String> env = Map.of("THETHUC_LANG", "en", "XDG_CACHE_HOME", dir.resolve("cache").toString());
        List<java.nio.file.Path> docs;
        try (var files = java.nio.file.Files.list(Fixtures.SHARED.resolve("real"))) {
            docs = files.filter(f -> f.toString().endsWith(".doc")).sorted().toList();
        }
        assertFalse(docs.isEmpty(), "the real Word 97 files");
        for (java.nio.file.Path doc : docs) {
            Run r = run(env, "check", doc.toString(), "--format", "json");
            assertTrue(r.exit() == 0 || r.exit() == 1, doc + ": " + r.err());
            assertEquals(doc.toString(), com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject()
                    .get("file").getAsString());
        }
        // An RTF made by LibreOffice from a corpus plan.
        java.nio.file.Path rtf = dir.resolve("ke-hoach.rtf");
        try (vn.thethuc.uno.office.Office office = Fixtures.officeWithExtension(Fixtures.JAVA)) {
            com.sun.star.lang.XComponent d = office.open(Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.odt"));
            try {
                com.sun.star.uno.UnoRuntime.queryInterface(com.sun.star.frame.XStorable.class, d).storeToURL(
                        rtf.toUri().toString(), new com.sun.star.beans.PropertyValue[] {
                            vn.thethuc.uno.office.Office.property("FilterName", "Rich Text Format")});
            } finally {
                office.closeDoc(d);
            }
        }
        Run alone = run(env, "check", rtf.toString(), "--format", "json");
        assertEquals(1, alone.exit(), alone.err());
        assertEquals("KH", com.google.gson.JsonParser.parseString(alone.out()).getAsJsonObject()
                .get("documentType").getAsString());
        Run batch = run(env, "check", docs.get(0).toString(), rtf.toString(),
                Fixtures.CORPUS.resolve("seed-001-hadong-2024.docx").toString(),
                Fixtures.CORPUS.resolve("seed-001-hadong-2024.odt").toString(), "--format", "json");
        assertTrue(batch.exit() == 0 || batch.exit() == 1, batch.err());
        assertEquals(4, com.google.gson.JsonParser.parseString(batch.out()).getAsJsonArray().size(), batch.out());
    }

    /**
     * A LibreOffice that stops answering (here: stopped with SIGSTOP while it checks the first file) is
     * killed after THETHUC_TIMEOUT seconds; that file gets exit 2 and a message saying what timed out, a
     * fresh office checks the next one (#14).
     */
    @Test
    void aLibreOfficeThatStopsAnsweringIsKilledAndRestarted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<String> cmd = List.of(Fixtures.BASEDIR.resolve("bin/thethuc").toString(), "check",
                Fixtures.CORPUS.resolve("seed-001-hadong-2024.docx").toString(),
                Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx").toString(), "--format", "json");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(Map.of("THETHUC_LANG", "en", "THETHUC_TIMEOUT", "8",
                "XDG_CACHE_HOME", dir.resolve("cache").toString()));
        Process p = pb.start();
        java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            StringBuilder sb = new StringBuilder();
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    sb.append(line).append('\n');
                    if (line.startsWith("[1/2]")) {
                        // the first file is being checked: its office stops answering
                        p.descendants().filter(h -> h.info().command().orElse("").endsWith("soffice.bin"))
                                .forEach(h -> signal("STOP", h.pid()));
                    }
                }
            } catch (IOException e) {
                sb.append(e);
            }
            return sb.toString();
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(240, java.util.concurrent.TimeUnit.SECONDS), "the check came back");
        String messages = err.get();
        assertEquals(2, p.exitValue(), messages);
        assertTrue(messages.contains("seed-001-hadong-2024.docx: LibreOffice did not answer within 8 s"), messages);
        com.google.gson.JsonArray reports = com.google.gson.JsonParser.parseString(out).getAsJsonArray();
        assertEquals(1, reports.size(), out);
        assertTrue(reports.get(0).getAsJsonObject().get("file").getAsString().endsWith("seed-002-thainguyen-2023.docx"));
    }

    private static void signal(String name, long pid) {
        try {
            new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** bin/thethuc new: a file that passes the check; a bad spec or an existing file: exit 2, nothing written. */
    @Test
    void newWritesACleanDocumentAndRefusesBadInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Map<String, String> env = Map.of("THETHUC_LANG", "vi", "XDG_CACHE_HOME", dir.resolve("cache").toString());
        java.nio.file.Path spec = dir.resolve("so-tu-phap.json");
        java.nio.file.Files.writeString(spec, """
                {"parentAgency": "UBND THÀNH PHỐ CẦN THƠ", "agencyName": "SỞ TƯ PHÁP", "agencyCode": "STP",
                 "unitCode": "VP", "place": "Cần Thơ", "date": "2026-02-05", "number": "7",
                 "title": "Triển khai công tác phổ biến, giáo dục pháp luật năm 2026",
                 "signerAuthority": "KT.", "headTitle": "GIÁM ĐỐC", "signerTitle": "PHÓ GIÁM ĐỐC",
                 "signerName": "Trần Thị Bình"}
                """);
        java.nio.file.Path plan = dir.resolve("ke-hoach.docx");
        Run made = run(env, "new", "--type", "KH", "--out", plan.toString(), "--spec", spec.toString());
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains("Đã tạo") && java.nio.file.Files.size(plan) > 0, made.out());
        Run unfilled = run(env, "check", plan.toString(), "--format", "json", "--mode", "issue");
        assertEquals(1, unfilled.exit(), "the guidance sentences left to write stop an issue: " + unfilled.out());
        assertTrue(unfilled.out().contains("ND30.TEXT.PLACEHOLDER"), unfilled.out());
        Fixtures.fillInFile(plan); // the drafter writes the plan

        Run checked = run(env, "check", plan.toString(), "--format", "json", "--mode", "issue");
        assertEquals(0, checked.exit(), checked.out() + checked.err());
        com.google.gson.JsonObject summary = com.google.gson.JsonParser.parseString(checked.out()).getAsJsonObject()
                .getAsJsonObject("summary");
        assertEquals(0, summary.get("errors").getAsInt(), checked.out());
        assertEquals(0, summary.get("warnings").getAsInt(), checked.out());
        assertTrue(checked.out().contains("Số: 07/KH-STP") || checked.out().contains("KH"), checked.out());

        byte[] before = java.nio.file.Files.readAllBytes(plan);
        Run exists = run(env, "new", "--type", "KH", "--out", plan.toString());
        assertEquals(2, exists.exit());
        assertTrue(exists.err().contains("đã có") && exists.err().contains("--force"), exists.err());
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(plan)), "overwritten");

        java.nio.file.Files.writeString(spec, "{\"signerAuthority\": \"K/T\"}");
        java.nio.file.Path other = dir.resolve("cong-van.odt");
        Run bad = run(env, "new", "--type", "CV", "--out", other.toString(), "--spec", spec.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("K/T") && bad.err().contains("so-tu-phap.json"), bad.err());
        assertFalse(java.nio.file.Files.exists(other));

        Run badType = run(env, "new", "--type", "XYZ", "--out", other.toString());
        assertEquals(2, badType.exit());
        assertTrue(badType.err().contains("XYZ"), badType.err());
        assertFalse(java.nio.file.Files.exists(other));
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    /** bin/thethuc new --feed / check --feed: a plan taking over the parent's tasks, and the three link rules. */
    @Test
    void newAndCheckWithTheParentsFeed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Map<String, String> env = Map.of("THETHUC_LANG", "en", "XDG_CACHE_HOME", dir.resolve("cache").toString());
        String feed = Fixtures.SHARED.resolve("feeds/thai-nguyen-59-KH-UBND-2023.json").toString();
        java.nio.file.Path plan = dir.resolve("ke-hoach-syt.odt");
        Run made = run(env, "new", "--type", "KH", "--feed", feed, "--agency", "SYT", "--out", plan.toString());
        assertEquals(0, made.exit(), made.err());
        Run checked = run(env, "check", plan.toString(), "--feed", feed, "--agency", "SYT", "--format", "json");
        assertEquals(0, checked.exit(), checked.out() + checked.err());
        assertFalse(checked.out().contains("KH.COVERAGE") || checked.out().contains("KH.PARENT_CITATION"), checked.out());
        Run other = run(env, "check", plan.toString(), "--feed", feed, "--agency", "SLDTBXH", "--format", "json");
        assertEquals(1, other.exit());
        assertTrue(other.out().contains("\"rule\": \"KH.COVERAGE\""), other.out());

        java.nio.file.Path none = dir.resolve("none.odt");
        Run unknown = run(env, "new", "--type", "KH", "--feed", feed, "--agency", "NOPE", "--out", none.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("«NOPE»"), unknown.err());
        java.nio.file.Path broken = dir.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{\"format\": \"thethuc.parent-plan\", \"version\": 7}");
        Run newer = run(env, "new", "--type", "KH", "--feed", broken.toString(), "--agency", "SYT", "--out", none.toString());
        assertEquals(2, newer.exit());
        assertTrue(newer.err().contains("version 7"), newer.err());
        assertFalse(java.nio.file.Files.exists(none));
    }

    /**
     * Issuing as NĐ30 practice does it (#16). The signer's step: a plan whose number is left blank for the
     * records office is not blocked; its PDF is certified (DocMDP 2) and reserves a fillable field on the blank,
     * between "Số:" and "/KH-…" on the number's line. The records office's step: `issue` gives it number 15 and
     * today's date with the agency's key on a USB token (SoftHSM2) and the seal — pdfsig and DSS find both
     * signatures valid, the number is in the text, the page is kept as docs/ke-hoach-phat-hanh.png; a second
     * `issue` and a day before the signature are refused.
     */
    @Test
    void theSignerLeavesTheNumberToTheRecordsOfficeWhichIssuesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.thethuc.sign.SoftHsm.available()
                || "true".equals(System.getenv("CI")), "softhsm2 and opensc are installed by bin/thethuc test");
        var agency = vn.thethuc.sign.DemoCertificate.key("EC", "CN=Sở Y tế tỉnh Thái Nguyên (thử nghiệm),"
                + "O=Sở Y tế tỉnh Thái Nguyên (thử nghiệm),C=VN");
        vn.thethuc.sign.SoftHsm.token(new java.security.KeyPair(agency.certificate().getPublicKey(), agency.key()),
                agency.certificate().getEncoded());
        Map<String, String> env = Map.of("THETHUC_LANG", "vi", "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "THETHUC_PIN", "123456", "TOKEN_PIN", vn.thethuc.sign.SoftHsm.PIN,
                "SOFTHSM2_CONF", vn.thethuc.sign.SoftHsm.conf().toString());
        var signerKey = vn.thethuc.sign.PadesSignerTest.key("RSA");
        java.nio.file.Path p12 = vn.thethuc.sign.PadesSignerTest.p12(dir, signerKey);
        java.nio.file.Path plan = dir.resolve("ke-hoach.odt");
        assertEquals(0, run(env, "new", "--type", "KH", "--out", plan.toString()).exit());
        Fixtures.fillInFile(plan);
        java.nio.file.Path pdf = dir.resolve("ke-hoach.pdf");
        Run signed = run(env, "sign", plan.toString(), "--out", pdf.toString(), "--pkcs12", p12.toString(),
                "--image", SignatureImages.signature(dir.resolve("chu-ky.png")).toString());
        assertEquals(0, signed.exit(), signed.out() + signed.err());
        assertFalse(signed.out().contains("ND30.SO_KY_HIEU.FORMAT"), signed.out());
        assertTrue(signed.out().contains("Số văn bản để trống cho văn thư"), signed.out());

        float[] field;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var number = doc.getDocumentCatalog().getAcroForm().getField(vn.thethuc.sign.ReservedFields.NUMBER_FIELD);
            assertTrue(number != null, "no field for the number");
            assertEquals("", number.getValueAsString());
            var w = number.getWidgets().get(0);
            assertEquals(0, doc.getPages().indexOf(w.getPage()), "the number's field is on the first page");
            var r = w.getRectangle();
            float height = doc.getPage(0).getMediaBox().getHeight();
            // as pdftotext -bbox measures: from the page's top
            field = new float[] {r.getLowerLeftX(), height - r.getUpperRightY(), r.getUpperRightX(),
                height - r.getLowerLeftY()};
        }
        String boxes = output("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf.toString(), "-");
        float[] so = word(boxes, "Số:");
        float[] symbol = word(boxes, "/KH-SYT");
        float centre = (field[0] + field[2]) / 2;
        assertTrue(centre > so[2] && centre < symbol[0], "the field's centre " + centre + " is not between «Số:» "
                + so[2] + " and «/KH-SYT» " + symbol[0]);
        float line = (so[1] + so[3]) / 2;
        assertTrue(line > field[1] && line < field[3], "the field " + java.util.Arrays.toString(field)
                + " is not on the number's line " + line);

        // the records office's step, with the agency's key on the token and its seal
        java.nio.file.Path issued = dir.resolve("ke-hoach-phat-hanh.pdf");
        String today = vn.thethuc.document.VietnamTime.today().toString();
        java.nio.file.Path seal = SignatureImages.seal(dir.resolve("con-dau.png"));
        Run issuing = run(env, "issue", pdf.toString(), "--number", "15", "--date", today, "--pkcs11",
                vn.thethuc.sign.SoftHsm.MODULE.toString(), "--slot", "0", "--pin-env", "TOKEN_PIN", "--seal",
                seal.toString(), "--out", issued.toString());
        assertEquals(0, issuing.exit(), issuing.out() + issuing.err());
        assertTrue(issuing.out().contains("số 15"), issuing.out());
        String pdfsig = vn.thethuc.sign.PadesSignerTest.pdfsig(issued);
        assertEquals(2, pdfsig.split("Signature is Valid\\.", -1).length - 1, pdfsig);
        String text = output("pdftotext", "-layout", "-f", "1", "-l", "1", issued.toString(), "-");
        assertTrue(java.util.regex.Pattern.compile("Số:\\s*15\\s*/KH-SYT").matcher(text).find(), text);

        java.nio.file.Path anchors = dir.resolve("anchors.pem");
        java.nio.file.Files.writeString(anchors, pem(signerKey.certificate()) + pem(agency.certificate()));
        Run verified = run(env, "verify", issued.toString(), "--format", "json", "--trust", anchors.toString());
        assertEquals(0, verified.exit(), verified.out() + verified.err());
        com.google.gson.JsonArray both = com.google.gson.JsonParser.parseString(verified.out()).getAsJsonObject()
                .getAsJsonArray("signatures");
        assertEquals(2, both.size(), verified.out());
        com.google.gson.JsonObject first = both.get(0).getAsJsonObject();
        com.google.gson.JsonObject second = both.get(1).getAsJsonObject();
        assertEquals("certification", first.get("kind").getAsString());
        assertEquals(2, first.get("docMdp").getAsInt());
        assertTrue(first.get("changesAllowed").getAsBoolean() && first.get("trusted").getAsBoolean(), verified.out());
        assertEquals("approval", second.get("kind").getAsString());
        assertEquals("Sở Y tế tỉnh Thái Nguyên (thử nghiệm)", second.get("organisation").getAsString());
        assertTrue(second.get("valid").getAsBoolean() && second.get("trusted").getAsBoolean(), verified.out());
        // the seal over the left third of the signer's picture
        com.google.gson.JsonArray signerBox = first.getAsJsonObject("appearance").getAsJsonArray("rect");
        com.google.gson.JsonArray sealBox = second.getAsJsonObject("appearance").getAsJsonArray("rect");
        double left = signerBox.get(0).getAsDouble();
        double third = (signerBox.get(2).getAsDouble() - left) / 3;
        double sealCentre = (sealBox.get(0).getAsDouble() + sealBox.get(2).getAsDouble()) / 2;
        assertTrue(sealCentre > left && sealCentre < left + third, verified.out());
        assertEquals("signature-block", first.getAsJsonObject("appearance").get("where").getAsString(), verified.out());
        assertEquals("over-signer-left-third", second.getAsJsonObject("appearance").get("where").getAsString(),
                verified.out());
        java.nio.file.Path png = Fixtures.BASEDIR.resolve("target/render/ke-hoach-phat-hanh");
        java.nio.file.Files.createDirectories(png.getParent());
        output("pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-singlefile", "-png", issued.toString(), png.toString());
        assertTrue(java.nio.file.Files.size(png.resolveSibling("ke-hoach-phat-hanh.png")) > 10_000);

        // an attachment sent as its own file: the agency's signature at the top right of its first page, with the
        // number and symbol and the signing time as text
        java.nio.file.Path appendix = dir.resolve("phu-luc.odt");
        assertEquals(0, run(env, "new", "--type", "BC", "--out", appendix.toString()).exit());
        java.nio.file.Path appendixPdf = dir.resolve("phu-luc.pdf");
        Run exported = run(env, "sign", appendix.toString(), "--out", appendixPdf.toString(), "--pkcs12", p12.toString(),
                "--mode", "draft", "--invisible");
        assertEquals(0, exported.exit(), exported.out() + exported.err());
        java.nio.file.Path appendixIssued = dir.resolve("phu-luc-phat-hanh.pdf");
        Run attached = run(env, "issue", issued.toString(), "--attachment", appendixPdf.toString(), "--pkcs11",
                vn.thethuc.sign.SoftHsm.MODULE.toString(), "--pin-env", "TOKEN_PIN", "--out", appendixIssued.toString());
        assertEquals(0, attached.exit(), attached.out() + attached.err());
        String attachedSig = vn.thethuc.sign.PadesSignerTest.pdfsig(appendixIssued);
        assertEquals(2, attachedSig.split("Signature is Valid\\.", -1).length - 1, attachedSig);
        String corner = output("pdftotext", "-f", "1", "-l", "1", "-x", "300", "-y", "0", "-W", "300", "-H", "80",
                appendixIssued.toString(), "-");
        assertTrue(corner.contains("15/KH-SYT"), "the number and symbol at the top right: " + corner);

        Run again = run(env, "issue", issued.toString(), "--number", "16", "--date", today, "--pkcs11",
                vn.thethuc.sign.SoftHsm.MODULE.toString(), "--pin-env", "TOKEN_PIN", "--out",
                dir.resolve("lan-hai.pdf").toString());
        assertEquals(2, again.exit(), again.err());
        assertTrue(again.err().contains("đã có số «15»"), again.err());
        Run early = run(env, "issue", pdf.toString(), "--number", "15", "--date", "2020-01-01", "--pkcs11",
                vn.thethuc.sign.SoftHsm.MODULE.toString(), "--pin-env", "TOKEN_PIN", "--out",
                dir.resolve("som.pdf").toString());
        assertEquals(2, early.exit(), early.err());
        assertTrue(early.err().contains("sớm hơn"), early.err());
        assertFalse(java.nio.file.Files.exists(dir.resolve("lan-hai.pdf")) || java.nio.file.Files.exists(dir.resolve("som.pdf")));
    }

    static String pem(java.security.cert.X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(c.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    static String output(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), String.join(" ", command));
        return out;
    }

    /** {xMin, yMin, xMax, yMax} of the first word {@code text} in pdftotext -bbox's output. */
    static float[] word(String bbox, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                + "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">" + java.util.regex.Pattern.quote(text) + "</word>")
                .matcher(bbox);
        assertTrue(m.find(), "no word «" + text + "» in " + bbox.substring(0, Math.min(3000, bbox.length())));
        return new float[] {Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2)), Float.parseFloat(m.group(3)),
            Float.parseFloat(m.group(4))};
    }

    /** bin/thethuc sign: checked, exported, signed (pdfsig agrees); blocked by errors or a wrong PIN: no file. */
    @Test
    void signChecksExportsAndSigns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.util.Map<String, String> env = new java.util.HashMap<>(Map.of("THETHUC_LANG", "vi",
                "XDG_CACHE_HOME", dir.resolve("cache").toString(), "THETHUC_PIN", "123456"));
        java.nio.file.Path p12 = vn.thethuc.sign.PadesSignerTest.p12(dir, vn.thethuc.sign.PadesSignerTest.key("RSA"));
        java.nio.file.Path spec = dir.resolve("spec.json");
        java.nio.file.Files.writeString(spec, "{\"number\": \"15\"}");
        java.nio.file.Path plan = dir.resolve("ke-hoach.odt");
        assertEquals(0, run(env, "new", "--type", "KH", "--spec", spec.toString(), "--out", plan.toString()).exit());
        Fixtures.fillInFile(plan);

        java.nio.file.Path pdf = dir.resolve("ke-hoach.pdf");
        java.nio.file.Path signature = SignatureImages.signature(dir.resolve("chu-ky.png"));
        java.nio.file.Path seal = SignatureImages.seal(dir.resolve("con-dau.png"));
        Run signed = run(env, "sign", plan.toString(), "--out", pdf.toString(), "--pkcs12", p12.toString(),
                "--image", signature.toString(), "--seal", seal.toString());
        assertEquals(0, signed.exit(), signed.out() + signed.err());
        Process p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertTrue(report.contains("Signature is Valid.") && report.contains("ETSI.CAdES.detached")
                && report.contains("Total document signed"), report);
        SignatureImages.assertInSignatureBlock(pdf, "PHÓ GIÁM ĐỐC", "Nguyễn Văn An", Fixtures.BASEDIR
                .resolve("target/render/ke-hoach-ky-so.png"));

        // bin/thethuc verify (the EU's DSS): intact, trusted with the signer's certificate as anchor, visible;
        // a byte changed: exit 1; not a PDF: exit 2
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(p12)) {
            store.load(in, "123456".toCharArray());
        }
        java.security.cert.Certificate cert = store.getCertificate(store.aliases().nextElement());
        java.nio.file.Path anchor = dir.resolve("anchor.pem");
        java.nio.file.Files.writeString(anchor, "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        Run verified = run(env, "verify", pdf.toString(), "--format", "json", "--trust", anchor.toString());
        assertEquals(0, verified.exit(), verified.out() + verified.err());
        com.google.gson.JsonObject v = com.google.gson.JsonParser.parseString(verified.out()).getAsJsonObject();
        com.google.gson.JsonObject first = v.getAsJsonArray("signatures").get(0).getAsJsonObject();
        assertTrue(first.get("intact").getAsBoolean() && first.get("trusted").getAsBoolean()
                && first.get("valid").getAsBoolean(), verified.out());
        assertTrue(first.getAsJsonObject("appearance").get("visible").getAsBoolean(), verified.out());
        // the signer's step certifies: only form filling and signing may follow (DocMDP 2)
        assertEquals("certification", first.get("kind").getAsString(), verified.out());
        assertEquals(2, first.get("docMdp").getAsInt(), verified.out());
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        // inside the first stream's data: the file still parses, the signed bytes differ
        bytes[new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 20] ^= 0x20;
        java.nio.file.Path tampered = dir.resolve("sua.pdf");
        java.nio.file.Files.write(tampered, bytes);
        Run broken = run(env, "verify", tampered.toString());
        assertEquals(1, broken.exit(), broken.out() + broken.err());
        assertTrue(broken.out().contains("KHÔNG hợp lệ"), broken.out());
        assertEquals(2, run(env, "verify", plan.toString()).exit(), "an .odt is not a PDF");
        assertEquals(2, run(env, "sign", plan.toString(), "--out", dir.resolve("x.pdf").toString(), "--pkcs12",
                p12.toString(), "--image", plan.toString()).exit(), "not a picture");

        // warnings are printed and do not block
        java.nio.file.Files.writeString(spec, "{\"number\": \"15\", \"title\": \"Phối hợp với Hội Liên hiệp phụ nữ tỉnh"
                + " thực hiện bình đẳng giới năm 2026\"}");
        java.nio.file.Path warned = dir.resolve("phoi-hop.odt");
        assertEquals(0, run(env, "new", "--type", "KH", "--spec", spec.toString(), "--out", warned.toString()).exit());
        Fixtures.fillInFile(warned);
        Run withWarnings = run(env, "sign", warned.toString(), "--out", dir.resolve("phoi-hop.pdf").toString(), "--pkcs12",
                p12.toString(), "--no-certify");
        assertEquals(0, withWarnings.exit(), withWarnings.out() + withWarnings.err());
        Run approval = run(env, "verify", dir.resolve("phoi-hop.pdf").toString(), "--format", "json");
        assertEquals("approval", com.google.gson.JsonParser.parseString(approval.out()).getAsJsonObject()
                .getAsJsonArray("signatures").get(0).getAsJsonObject().get("kind").getAsString(), approval.out());
        assertTrue(withWarnings.out().contains("[Cảnh báo] ND30.CAPS.AGENCY") && withWarnings.out().contains("Đã ký số"),
                withWarnings.out());

        java.nio.file.Path blocked = dir.resolve("blocked.pdf");
        Run errors = run(env, "sign", Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx").toString(), "--out",
                blocked.toString(), "--pkcs12", p12.toString());
        assertEquals(1, errors.exit(), errors.err());
        assertTrue(errors.out().contains("ND30.NOI_NHAN.LUU"), errors.out());
        assertFalse(java.nio.file.Files.exists(blocked));

        env.put("THETHUC_PIN", "000000");
        Run wrong = run(env, "sign", plan.toString(), "--out", blocked.toString(), "--pkcs12", p12.toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("không đúng"), wrong.err());
        assertFalse(java.nio.file.Files.exists(blocked));
        Run exists = run(env, "sign", plan.toString(), "--out", pdf.toString(), "--pkcs12", p12.toString());
        assertEquals(2, exists.exit());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().matches(".*\\.(tmp|unsigned)$")).toList());
        }
    }

    /** bin/thethuc sign with a USB token (SoftHSM2 made here) and a timestamp server: PAdES B-T; a wrong PIN: exit 2. */
    @Test
    void signWithAUsbTokenAndATimestamp(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.thethuc.sign.SoftHsm.available()
                || "true".equals(System.getenv("CI")), "softhsm2 and opensc are installed by bin/thethuc test");
        var key = vn.thethuc.sign.PadesSignerTest.key("EC");
        vn.thethuc.sign.SoftHsm.token(new java.security.KeyPair(key.certificate().getPublicKey(), key.key()),
                key.certificate().getEncoded());
        java.util.Map<String, String> env = new java.util.HashMap<>(Map.of("THETHUC_LANG", "vi",
                "XDG_CACHE_HOME", dir.resolve("cache").toString(), "TOKEN_PIN", vn.thethuc.sign.SoftHsm.PIN,
                "SOFTHSM2_CONF", vn.thethuc.sign.SoftHsm.conf().toString()));
        // the number left blank: the reserved field embeds its font whole in PDF/A, and the records office
        // issues it with the agency's key in a PKCS#12 file (the signer's is on the token)
        java.nio.file.Path plan = dir.resolve("ke-hoach.odt");
        assertEquals(0, run(env, "new", "--type", "KH", "--out", plan.toString()).exit());
        Fixtures.fillInFile(plan);
        java.nio.file.Path pdf = dir.resolve("ke-hoach-token.pdf");
        try (vn.thethuc.sign.TestTsa tsa = new vn.thethuc.sign.TestTsa()) {
            Run signed = run(env, "sign", plan.toString(), "--out", pdf.toString(), "--pkcs11",
                    vn.thethuc.sign.SoftHsm.MODULE.toString(), "--slot", "0", "--pin-env", "TOKEN_PIN", "--tsa", tsa.url(),
                    "--pdfa");
            assertEquals(0, signed.exit(), signed.out() + signed.err());
            assertEquals(1, tsa.served.get(), "one timestamp asked");
        }
        String report = vn.thethuc.sign.PadesSignerTest.pdfsig(pdf);
        assertTrue(report.contains("Signature is Valid.") && report.contains("ETSI.CAdES.detached")
                && report.contains("Total document signed"), report);
        String bytes = new String(java.nio.file.Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.matches("(?s).*pdfaid:part(>|=\")2.*") && bytes.matches("(?s).*pdfaid:conformance(>|=\")B.*"),
                "PDF/A-2b declared by LibreOffice's export");
        assertTrue(bytes.contains("/Lang(vi-VN)"), "a plan made by `new` is Vietnamese, and its PDF says so");
        String info = vn.thethuc.sign.PadesSignerTest.pdfinfo(pdf);
        assertTrue(info.matches("(?s).*PDF version:\\s+1\\.7\\b.*"), "LibreOffice's 1.6 declared 1.7 when signed: " + info);

        env.put("THETHUC_PIN", "123456");
        java.nio.file.Path agencyP12 = vn.thethuc.sign.PadesSignerTest.p12(dir, vn.thethuc.sign.PadesSignerTest.key("RSA"));
        java.nio.file.Path issued = dir.resolve("ke-hoach-token-phat-hanh.pdf");
        Run issuing = run(env, "issue", pdf.toString(), "--number", "7", "--date",
                vn.thethuc.document.VietnamTime.today().toString(), "--pkcs12",
                agencyP12.toString(), "--out", issued.toString());
        assertEquals(0, issuing.exit(), issuing.out() + issuing.err());
        assertTrue(issuing.out().contains("số 07"), "below 10 with a leading 0: " + issuing.out());
        String both = vn.thethuc.sign.PadesSignerTest.pdfsig(issued);
        assertEquals(2, both.split("Signature is Valid\\.", -1).length - 1, both);
        assertEquals(0, run(env, "verify", issued.toString()).exit());

        java.nio.file.Path none = dir.resolve("none.pdf");
        env.put("TOKEN_PIN", "000000");
        Run wrong = run(env, "sign", plan.toString(), "--out", none.toString(), "--pkcs11",
                vn.thethuc.sign.SoftHsm.MODULE.toString(), "--pin-env", "TOKEN_PIN");
        assertEquals(2, wrong.exit(), wrong.err());
        assertTrue(wrong.err().contains("Mã PIN của thiết bị ký số (khe 0) không đúng"), wrong.err());
        Run noModule = run(env, "sign", plan.toString(), "--out", none.toString(), "--pkcs11", "/nonexistent/libtoken.so",
                "--pin-env", "TOKEN_PIN");
        assertEquals(2, noModule.exit());
        assertTrue(noModule.err().contains("/nonexistent/libtoken.so"), noModule.err());
        assertFalse(java.nio.file.Files.exists(none));
    }

    /** bin/thethuc policy: the administrator's pack; a bad policy or an existing file: exit 2, no file. */
    @Test
    void policyBuildsThePackAndRefusesBadInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Map<String, String> env = Map.of("THETHUC_LANG", "vi", "XDG_CACHE_HOME", dir.resolve("cache").toString());
        java.nio.file.Path settings = dir.resolve("so-tu-phap-can-tho.json");
        java.nio.file.Files.writeString(settings, """
                {"agencyName": "SỞ TƯ PHÁP", "parentAgency": "UBND THÀNH PHỐ CẦN THƠ", "agencyCode": "STP",
                 "place": "Cần Thơ", "gatePolicy": "block"}
                """);
        java.nio.file.Path pack = dir.resolve("thethuc-policy-stp.oxt");
        Run made = run(env, "policy", "--settings", settings.toString(), "--out", pack.toString(), "--version", "1.2");
        assertEquals(0, made.exit(), made.err());
        assertTrue(made.out().contains("vn.thethuc.policy.stp") && made.out().contains("unopkg add --shared"), made.out());
        try (var zip = new java.util.zip.ZipFile(pack.toFile())) {
            String xcu = new String(zip.getInputStream(zip.getEntry("Policy.xcu")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xcu.contains("<prop oor:name=\"gatePolicy\" oor:finalized=\"true\"><value>block</value>"), xcu);
        }
        Run again = run(env, "policy", "--settings", settings.toString(), "--out", pack.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--force"), again.err());

        java.nio.file.Files.writeString(settings, "{\"gatePolicy\": \"maybe\"}");
        java.nio.file.Path other = dir.resolve("thethuc-policy-x.oxt");
        Run bad = run(env, "policy", "--settings", settings.toString(), "--out", other.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("«gatePolicy» không nhận giá trị «maybe»"), bad.err());
        assertFalse(java.nio.file.Files.exists(other));
    }

    @Test
    void writerWithoutADisplaySaysSo() throws Exception {
        Run r = run(Map.of("THETHUC_LANG", "en", "DISPLAY", "", "WAYLAND_DISPLAY", ""), "writer");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("No display"), r.err());
    }
}
