package vn.thethuc.uno.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.XPageCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import vn.thethuc.command.Command;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;

/**
 * {@code bench check}: plans of 10, 100 and 500 pages built in LibreOffice; for each, the check's
 * time inside LibreOffice (snapshot + recognition + rules) beside a bare enumeration of the same
 * paragraphs with the same properties. Each figure is the fastest of several interleaved runs after
 * {@link #WARM_UP} warm-up runs of each (the office's JVM compiles the check's loops only after a few
 * documents): on a shared machine noise only ever adds time, and the median of the bare enumeration
 * alone was seen to move by ±25 % between runs.
 */
final class Bench {
    static final int RUNS = 7;
    static final int WARM_UP = 3;
    /** Signing adds only milliseconds to an export of tens: more runs before the fastest is taken. */
    static final int SIGN_RUNS = 15;
    private static final String PROSE = "Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền, sự phối hợp "
            + "của các cơ quan, đơn vị, địa phương trong việc triển khai các hoạt động thúc đẩy bình đẳng giới, "
            + "vì sự tiến bộ của phụ nữ trên địa bàn tỉnh; nâng cao nhận thức, trách nhiệm của các cấp, các ngành, "
            + "nhất là trách nhiệm của người đứng đầu đối với công tác bình đẳng giới.";

    private final Office office;
    private final PrintStream out;

    Bench(Office office, PrintStream out) {
        this.office = office;
        this.out = out;
    }

    void check(List<Integer> pageTargets) throws Exception {
        java.util.Map<Integer, JsonObject> slowest = new java.util.LinkedHashMap<>();
        out.println("pages | paragraphs | check (ms) | of which reading (ms) | bare enumeration (ms) | ratio");
        out.println("---:|---:|---:|---:|---:|---:");
        for (int target : pageTargets) {
            XComponent doc = plan(target);
            try {
                double[] check = new double[RUNS];
                double[] reading = new double[RUNS];
                double[] bare = new double[RUNS];
                JsonObject last = null;
                for (int i = 0; i < WARM_UP; i++) {
                    probe(doc, "check");
                    probe(doc, "bare");
                }
                for (int i = 0; i < RUNS; i++) {
                    last = probe(doc, "check");
                    check[i] = last.get("checkMs").getAsDouble();
                    reading[i] = last.get("snapshotMs").getAsDouble();
                    bare[i] = probe(doc, "bare").get("bareMs").getAsDouble();
                }
                double c = fastest(check);
                double b = fastest(bare);
                out.printf("%d | %d | %.0f | %.0f | %.0f | %.2f%n", last.get("pages").getAsInt(),
                        last.get("paragraphs").getAsInt(), c, fastest(reading), b, c / b);
                slowest.put(last.get("pages").getAsInt(), last.getAsJsonObject("ruleMs"));
            } finally {
                Office.closeDocument(doc);
            }
        }
        out.println();
        for (var e : slowest.entrySet()) {
            out.println(e.getKey() + " pages, slowest steps of the last run (ms): " + e.getValue().entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue().getAsDouble(), a.getValue().getAsDouble())).limit(6)
                    .map(r -> r.getKey() + " " + String.format(java.util.Locale.ROOT, "%.1f", r.getValue().getAsDouble()))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /**
     * The probe of the benchmark's extension (see {@code vn.thethuc.uno.bench.probe.Probe}) dispatched on
     * {@code doc} as the extension's commands are: {@code check} times the extension's check, {@code bare}
     * the bare enumeration.
     */
    private JsonObject probe(XComponent doc, String what) throws OfficeException {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, "vnd.thethuc.bench:" + what);
        if (!"DONE".equals(a.status())) {
            throw new OfficeException("the benchmark's probe failed: " + a.payload());
        }
        return JsonParser.parseString(a.payload()).getAsJsonObject();
    }

    static double fastest(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    /** Where the time of a visible signature goes, step by step: medians of {@link #SIGN_RUNS} runs. */
    private void phases(XComponent doc, com.sun.star.frame.XStorable storable, java.nio.file.Path plain,
            java.nio.file.Path signed, vn.thethuc.sign.PadesSigner.Key key) throws Exception {
        String[] names = {"dispatch: marks + export", "export alone", "read the PDF", "read the marks back",
            "visible signature", "invisible signature", "write + rename"};
        double[][] t = new double[names.length][SIGN_RUNS];
        java.nio.file.Path tmp = signed.resolveSibling("phases.tmp");
        for (int i = -3; i < SIGN_RUNS; i++) {
            long[] at = new long[names.length + 1];
            at[0] = System.nanoTime();
            vn.thethuc.uno.cli.SignCli.prepared(office, "en").export(doc, plain, true, false);
            at[1] = System.nanoTime();
            storable.storeToURL(plain.toUri().toString(), vn.thethuc.uno.service.SignatureMarks.exportFilter(false));
            at[2] = System.nanoTime();
            byte[] bytes = java.nio.file.Files.readAllBytes(plain);
            at[3] = System.nanoTime();
            var marks = vn.thethuc.uno.service.SignedExport.destinations(bytes);
            at[4] = System.nanoTime();
            java.util.Calendar when = vn.thethuc.sign.PadesSigner.now();
            var time = java.time.ZonedDateTime.ofInstant(when.toInstant(), vn.thethuc.document.VietnamTime.ZONE);
            var appearance = vn.thethuc.sign.Appearance.between(marks).map(box -> new vn.thethuc.sign.Appearance(box,
                    vn.thethuc.sign.Appearance.lines(key.certificate(), time), null, null,
                    vn.thethuc.sign.Appearance.systemFont().orElse(null))).orElse(null);
            byte[] out1 = vn.thethuc.sign.PadesSigner.sign(bytes, key, when, "x", "", null, appearance);
            at[5] = System.nanoTime();
            vn.thethuc.sign.PadesSigner.sign(bytes, key, when, "x", "", null, null);
            at[6] = System.nanoTime();
            java.nio.file.Files.write(tmp, out1);
            java.nio.file.Files.move(tmp, signed, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            at[7] = System.nanoTime();
            if (i >= 0) {
                for (int k = 0; k < names.length; k++) {
                    t[k][i] = (at[k + 1] - at[k]) / 1e6;
                }
            }
        }
        for (int k = 0; k < names.length; k++) {
            out.printf(java.util.Locale.ROOT, "  %-26s median %5.1f ms, fastest %5.1f ms%n", names[k], median(t[k]),
                    fastest(t[k]));
        }
    }

    static double median(double[] v) {
        double[] sorted = java.util.Arrays.stream(v).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    /** A plan laid out as NĐ30 asks, grown section by section until it has {@code pages} pages. */
    XComponent plan(int pages) throws Exception {
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop());
        XComponent doc = loader.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                new PropertyValue[] {Office.property("Hidden", true)});
        XNameAccess families = UnoRuntime.queryInterface(XStyleFamiliesSupplier.class, doc).getStyleFamilies();
        XPropertySet standard = UnoRuntime.queryInterface(XPropertySet.class,
                UnoRuntime.queryInterface(XNameAccess.class, families.getByName("ParagraphStyles")).getByName("Standard"));
        standard.setPropertyValue("CharFontName", "Times New Roman");
        standard.setPropertyValue("CharHeight", 14f);
        standard.setPropertyValue("ParaAdjust", com.sun.star.style.ParagraphAdjust.BLOCK);
        standard.setPropertyValue("ParaFirstLineIndent", 1000);
        standard.setPropertyValue("ParaBottomMargin", 212);
        XPropertySet page = UnoRuntime.queryInterface(XPropertySet.class,
                UnoRuntime.queryInterface(XNameAccess.class, families.getByName("PageStyles")).getByName("Standard"));
        vn.thethuc.uno.insert.DocumentBuilder.a4(page);

        XText text = UnoRuntime.queryInterface(XTextDocument.class, doc).getText();
        XTextCursor cursor = text.createTextCursor();
        line(text, cursor, "UBND TỈNH THÁI NGUYÊN", false, com.sun.star.style.ParagraphAdjust.CENTER);
        line(text, cursor, "SỞ Y TẾ", true, com.sun.star.style.ParagraphAdjust.CENTER);
        line(text, cursor, "Số: 05/KH-SYT", false, com.sun.star.style.ParagraphAdjust.CENTER);
        line(text, cursor, "KẾ HOẠCH", true, com.sun.star.style.ParagraphAdjust.CENTER);
        line(text, cursor, "Thực hiện công tác bình đẳng giới năm 2024", true, com.sun.star.style.ParagraphAdjust.CENTER);
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        int section = 0;
        while (pageCount(doc) < pages) {
            String roman = section < romans.length ? romans[section] : "X" + section;
            line(text, cursor, roman + ". NỘI DUNG THỰC HIỆN PHẦN " + (section + 1), true,
                    com.sun.star.style.ParagraphAdjust.BLOCK);
            for (int item = 1; item <= 10; item++) {
                line(text, cursor, item + ". Nhiệm vụ " + item, true, com.sun.star.style.ParagraphAdjust.BLOCK);
                for (int k = 0; k < 4; k++) {
                    line(text, cursor, "- " + PROSE, false, com.sun.star.style.ParagraphAdjust.BLOCK);
                }
            }
            section++;
        }
        return doc;
    }

    /**
     * {@code bench feed}: reading and filtering a generated feed of {@code tasks} tasks (pure Java, in
     * this JVM), then, inside LibreOffice, an empty document made into a plan with 100 tasks and 100 more
     * tasks placed under their sections of that plan (each a dispatch of the feed command, timed from here).
     */
    void feed(int tasks) throws Exception {
        byte[] big = generatedFeed(tasks, 50);
        double[] parse = new double[RUNS];
        int concerning = 0;
        for (int i = -2; i < RUNS; i++) {
            long t0 = System.nanoTime();
            vn.thethuc.feed.Feed f = vn.thethuc.feed.FeedReader.read(big);
            var mine = f.concerning("SYT");
            concerning = vn.thethuc.feed.Feed.bySection(mine).values().stream().mapToInt(List::size).sum();
            if (i >= 0) {
                parse[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        out.println("feed | size (KiB) | tasks for SYT | read + validate + filter (ms)");
        out.println("---:|---:|---:|---:");
        out.printf(java.util.Locale.ROOT, "%d tasks | %d | %d | %.0f%n%n", tasks, big.length / 1024, concerning,
                fastest(parse));

        java.nio.file.Path file = java.nio.file.Files.createTempFile("thethuc-bench-feed-", ".json");
        try {
            java.nio.file.Files.write(file, generatedFeed(200, 1));
            String first = ids(1, 100);
            String second = ids(101, 200);
            double[] fresh = new double[RUNS];
            double[] more = new double[RUNS];
            for (int i = -1; i < RUNS; i++) {
                XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop());
                XComponent doc = loader.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                        new PropertyValue[] {Office.property("Hidden", true)});
                try {
                    double a = take(doc, file, first);
                    double b = take(doc, file, second);
                    if (i >= 0) {
                        fresh[i] = a;
                        more[i] = b;
                    }
                } finally {
                    Office.closeDocument(doc);
                }
            }
            out.println("in LibreOffice | tasks inserted | time (ms)");
            out.println("---|---:|---:");
            out.printf(java.util.Locale.ROOT, "empty document → the plan with its tasks | 100 | %.0f%n", fastest(fresh));
            out.printf(java.util.Locale.ROOT, "that plan → 100 more, each under its section | 100 | %.0f%n", fastest(more));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private double take(XComponent doc, java.nio.file.Path feed, String tasks) throws OfficeException {
        long t0 = System.nanoTime();
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.FEED.url(), Office.property("Interactive", false),
                Office.property("Source", feed.toString()), Office.property("Agency", "SYT"),
                Office.property("Tasks", tasks));
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!"DONE".equals(a.status()) || !a.message().contains("100")) {
            throw new OfficeException("the feed command failed: " + a.message());
        }
        return ms;
    }

    private static String ids(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(Bench::taskId)
                .collect(java.util.stream.Collectors.joining(","));
    }

    private static String taskId(int n) {
        return "II." + ((n - 1) % 20 + 1) + "." + n;
    }

    /** A province's plan with {@code tasks} tasks in 20 sections; every {@code every}-th concerns Sở Y tế (some through a group). */
    static byte[] generatedFeed(int tasks, int every) {
        JsonObject feed = new JsonObject();
        feed.addProperty("format", "thethuc.parent-plan");
        feed.addProperty("version", 1);
        JsonObject plan = new JsonObject();
        plan.addProperty("id", "bench/ubnd/1-KH-UBND/2026");
        plan.addProperty("kind", "KH");
        plan.addProperty("number", "1/KH-UBND");
        plan.addProperty("issued", "2026-01-05");
        plan.addProperty("place", "Thái Nguyên");
        JsonObject issuer = new JsonObject();
        issuer.addProperty("code", "UBND-TN");
        issuer.addProperty("name", "Ủy ban nhân dân tỉnh Thái Nguyên");
        issuer.addProperty("shortName", "UBND tỉnh");
        plan.add("issuer", issuer);
        plan.addProperty("title", "Triển khai công tác bình đẳng giới năm 2026");
        plan.addProperty("year", 2026);
        feed.add("plan", plan);
        com.google.gson.JsonArray agencies = new com.google.gson.JsonArray();
        String[][] list = {{"SYT", "Sở Y tế"}, {"SNV", "Sở Nội vụ"}, {"STP", "Sở Tư pháp"}, {"STC", "Sở Tài chính"},
            {"SLDTBXH", "Sở Lao động - Thương binh và Xã hội"}};
        com.google.gson.JsonArray members = new com.google.gson.JsonArray();
        for (String[] a : list) {
            JsonObject o = new JsonObject();
            o.addProperty("code", a[0]);
            o.addProperty("name", a[1]);
            agencies.add(o);
            members.add(a[0]);
        }
        JsonObject group = new JsonObject();
        group.addProperty("code", "CAC-SO-NGANH");
        group.addProperty("name", "Các sở, ban, ngành");
        group.add("members", members);
        agencies.add(group);
        feed.add("agencies", agencies);
        com.google.gson.JsonArray all = new com.google.gson.JsonArray();
        for (int n = 1; n <= tasks; n++) {
            JsonObject t = new JsonObject();
            int section = (n - 1) % 20 + 1;
            t.addProperty("id", taskId(n));
            t.addProperty("section", "II. NỘI DUNG THỰC HIỆN / " + section + ". Nhóm nhiệm vụ số " + section);
            t.addProperty("text", "Nhiệm vụ " + n + ": " + PROSE.substring(0, 200) + ".");
            com.google.gson.JsonArray lead = new com.google.gson.JsonArray();
            boolean ours = n % every == 0;
            lead.add(ours ? (n % 3 == 0 ? "CAC-SO-NGANH" : "SYT") : list[1 + n % 4][0]);
            t.add("lead", lead);
            if (ours && n % 10 == 0) {
                com.google.gson.JsonArray reports = new com.google.gson.JsonArray();
                JsonObject r = new JsonObject();
                r.addProperty("name", "Báo cáo kết quả nhiệm vụ " + n);
                r.addProperty("due", "2026-11-10");
                r.addProperty("to", "SLDTBXH");
                reports.add(r);
                t.add("reports", reports);
            }
            all.add(t);
        }
        feed.add("tasks", all);
        return feed.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * {@code bench sign}: a plan of {@code pages} pages with a signature block, exported by LibreOffice's
     * PDF filter, beside the same export marked, signed (PAdES B-B, visible, a 2048-bit RSA key from a
     * PKCS#12 file) and written atomically — what {@code thethuc sign} does after its gate.
     */
    void sign(int pages) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("thethuc-bench-sign-");
        try {
            char[] pin = "123456".toCharArray();
            java.nio.file.Path p12 = dir.resolve("bench.p12");
            vn.thethuc.sign.DemoCertificate.write(p12, pin);
            vn.thethuc.sign.PadesSigner.Key key = vn.thethuc.sign.Keys.pkcs12(p12, pin, null);
            XComponent doc = plan(pages);
            try {
                // Nơi nhận and the signature block as the extension lays them out, at the end
                var view = UnoRuntime.queryInterface(XTextViewCursorSupplier.class,
                        UnoRuntime.queryInterface(XModel.class, doc).getCurrentController()).getViewCursor();
                view.gotoEnd(false);
                CommandCall.Answer closing = CommandCall.dispatch(office, doc, Command.INSERT.url(),
                        Office.property("Interactive", false), Office.property("Part", "closing"),
                        Office.property("Type", "KH"));
                if (!"DONE".equals(closing.status())) {
                    throw new OfficeException("the closing was not inserted: " + closing.message());
                }
                int realPages = pageCount(doc);
                var storable = UnoRuntime.queryInterface(com.sun.star.frame.XStorable.class, doc);
                java.nio.file.Path plain = dir.resolve("plain.pdf");
                java.nio.file.Path signed = dir.resolve("signed.pdf");
                var look = new vn.thethuc.uno.service.SignedExport.Look(false, false, null, null, true);
                var hidden = new vn.thethuc.uno.service.SignedExport.Look(true, false, null, null, true);
                double[] export = new double[SIGN_RUNS];
                double[] sign = new double[SIGN_RUNS];
                double[] invisible = new double[SIGN_RUNS];
                boolean visible = false;
                double first = 0;
                for (int i = -3; i < SIGN_RUNS; i++) {
                    long t0 = System.nanoTime();
                    storable.storeToURL(plain.toUri().toString(), vn.thethuc.uno.service.SignatureMarks.exportFilter(false));
                    long t1 = System.nanoTime();
                    visible = vn.thethuc.uno.service.SignedExport.write(doc, signed, true, key, null, look,
                            vn.thethuc.uno.cli.SignCli.prepared(office, "en")).visible();
                    long t2 = System.nanoTime();
                    vn.thethuc.uno.service.SignedExport.write(doc, signed, true, key, null, hidden,
                            vn.thethuc.uno.cli.SignCli.prepared(office, "en"));
                    long t3 = System.nanoTime();
                    if (i >= 0) {
                        export[i] = (t1 - t0) / 1e6;
                        sign[i] = (t2 - t1) / 1e6;
                        invisible[i] = (t3 - t2) / 1e6;
                    } else if (i == -3) {
                        first = (t2 - t1) / 1e6;
                    }
                }
                if (System.getenv("THETHUC_BENCH_PHASES") != null) {
                    phases(doc, storable, plain, signed, key);
                }
                double e = fastest(export);
                double s = fastest(sign);
                double h = fastest(invisible);
                out.println("pages | export (ms) | export + sign (ms) | ratio | signature");
                out.println("---:|---:|---:|---:|---");
                out.printf(java.util.Locale.ROOT, "%d | %.0f | %.0f | %.2f | %s%n", realPages, e, s, s / e,
                        visible ? "visible" : "invisible (no block found)");
                out.printf(java.util.Locale.ROOT, "%d | %.0f | %.0f | %.2f | invisible%n", realPages, e, h, h / e);
                out.printf(java.util.Locale.ROOT, "medians: export %.0f, visible %.0f (%.2f), invisible %.0f (%.2f);"
                        + " the first visible signature of this JVM (classes loaded, code not yet compiled) %.0f%n",
                        median(export), median(sign), median(sign) / median(export), median(invisible),
                        median(invisible) / median(export), first);
            } finally {
                Office.closeDocument(doc);
            }
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.deleteIfExists(f);
                }
            }
            java.nio.file.Files.deleteIfExists(dir);
        }
    }

    private static void line(XText text, XTextCursor cursor, String s, boolean bold,
            com.sun.star.style.ParagraphAdjust adjust) throws Exception {
        XPropertySet props = UnoRuntime.queryInterface(XPropertySet.class, cursor);
        props.setPropertyValue("CharWeight", bold ? com.sun.star.awt.FontWeight.BOLD : com.sun.star.awt.FontWeight.NORMAL);
        props.setPropertyValue("ParaAdjust", adjust);
        text.insertString(cursor, s, false);
        text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
    }

    private static int pageCount(XComponent doc) {
        XModel model = UnoRuntime.queryInterface(XModel.class, doc);
        var view = UnoRuntime.queryInterface(XTextViewCursorSupplier.class, model.getCurrentController()).getViewCursor();
        XPageCursor p = UnoRuntime.queryInterface(XPageCursor.class, view);
        p.jumpToLastPage();
        return p.getPage();
    }
}
