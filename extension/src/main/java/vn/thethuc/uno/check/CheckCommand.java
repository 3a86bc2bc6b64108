package vn.thethuc.uno.check;

import vn.thethuc.uno.office.DocumentReader;
import vn.thethuc.uno.office.Args;
import vn.thethuc.uno.boot.Proxies;
import vn.thethuc.report.CheckReport;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.uno.XComponentContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.report.ReportJson;
import vn.thethuc.rules.CheckMode;
import vn.thethuc.rules.Fix;
import vn.thethuc.rules.Report;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.boot.Ui;
import vn.thethuc.uno.feed.FeedLinks;
import vn.thethuc.uno.settings.Settings;

/**
 * Kiểm tra thể thức: snapshot the document, run the rules, answer with the report. Dispatch
 * arguments: {@code Mode} (draft|issue), {@code Language} (vi|en), {@code DisabledRules} (comma-separated),
 * {@code IncludeSnapshot} (any value: the payload also carries the snapshot, for fixtures), {@code Apply}
 * ("all", or the index of one finding: apply the safe fixes as one undo step, then check again).
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    public static Outcome run(XComponentContext context, XFrame frame, PropertyValue[] args, Ui ui)
            throws com.sun.star.uno.Exception {
        Bundle texts = Args.get(args, "Language").map(Bundle::of).orElseGet(ui::bundle);
        XModel model = frame == null || frame.getController() == null ? null : frame.getController().getModel();
        XServiceInfo info = Proxies.q(XServiceInfo.class, model);
        if (info == null || !info.supportsService("com.sun.star.text.TextDocument")) {
            String message = texts.text("check.notText");
            ui.error(message);
            return new Outcome("check", Outcome.Status.FAILED, message);
        }
        Settings settings = new Settings(context);
        CheckMode mode = CheckMode.valueOf(Args.get(args, "Mode").orElse(settings.string("defaultMode").isBlank()
                ? "draft" : settings.string("defaultMode")).toUpperCase(Locale.ROOT));
        Set<String> fromArgs = Args.get(args, "DisabledRules")
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        Map<Class<?>, Object> inputs = new java.util.HashMap<>();
        if (Args.get(args, "Feed").isEmpty()) {
            FeedLinks.linkOf(context, model, settings).ifPresent(link -> inputs.put(vn.thethuc.feed.Link.class, link));
        } else {
            // A plan linked to its parent's feed (the feed's JSON and this agency's code in it).
            try {
                vn.thethuc.feed.Feed feed = vn.thethuc.feed.FeedReader.read(Args.get(args, "Feed").get());
                String agency = Args.get(args, "Agency").orElse("");
                if (feed.agency(agency).isEmpty()) {
                    String message = texts.text("feed.unknownAgency", agency);
                    ui.error(message);
                    return new Outcome("check", Outcome.Status.FAILED, message);
                }
                inputs.put(vn.thethuc.feed.Link.class, new vn.thethuc.feed.Link(feed, agency, FeedLinks.notApplicable(model)));
            } catch (vn.thethuc.i18n.Refusal e) {
                String message = e.message(texts);
                ui.error(message);
                return new Outcome("check", Outcome.Status.FAILED, message);
            }
        }
        Run run = new Run(context, frame, model, mode, texts, settings, fromArgs,
                Args.get(args, "IncludeSnapshot").isPresent(), Map.copyOf(inputs));
        if (ui.interactive() && Args.get(args, "Apply").isEmpty()) {
            java.util.concurrent.CompletableFuture<Outcome> answer = new java.util.concurrent.CompletableFuture<>();
            run.inBackground(ui, answer);
            return Outcome.later("check", answer);
        }
        CheckReport report = run.check(Args.get(args, "Apply").orElse(null), null, DocumentReader.Progress.NONE);
        return new Outcome("check", Outcome.Status.DONE, summary(texts, report), ReportJson.toJson(report.toJson()));
    }

    /**
     * The check of the document in {@code frame} in {@code mode}, with the user's settings and the parent
     * plan it is linked to, as the sign gate runs it: on the calling thread, nothing shown.
     */
    public static CheckReport report(XComponentContext context, XFrame frame, CheckMode mode, Bundle texts)
            throws com.sun.star.uno.Exception {
        XModel model = frame.getController().getModel();
        Settings settings = new Settings(context);
        Map<Class<?>, Object> inputs = new java.util.HashMap<>();
        FeedLinks.linkOf(context, model, settings).ifPresent(link -> inputs.put(vn.thethuc.feed.Link.class, link));
        return new Run(context, frame, model, mode, texts, settings, Set.of(), false, Map.copyOf(inputs))
                .check(null, null, DocumentReader.Progress.NONE);
    }

    static String summary(Bundle texts, CheckReport report) {
        return texts.text("check.summary", report.summary().errors(), report.summary().warnings(),
                report.summary().infos());
    }

    /** One check of one document, repeatable from the findings dialog (after a fix, a rule turned off). */
    private record Run(XComponentContext context, XFrame frame, XModel model, CheckMode mode,
            Bundle texts, Settings settings, Set<String> disabledByArgs, boolean includeSnapshot,
            Map<Class<?>, Object> inputs) implements FindingsDialog.Checker {

        /**
         * Reads and checks on a worker thread, then shows the findings dialog; {@code answer} (may be
         * null) gets the outcome. Call on the main thread.
         */
        void inBackground(Ui ui, java.util.concurrent.CompletableFuture<Outcome> answer) {
            Map<Integer, com.sun.star.text.XTextRange> places = new java.util.HashMap<>();
            BackgroundCheck.start(context, frame, texts, progress -> check(null, places::put, progress),
                    new BackgroundCheck.Ending<CheckReport>() {
                        @Override
                        public void done(CheckReport report) {
                            Outcome outcome = new Outcome("check", Outcome.Status.DONE, summary(texts, report),
                                    ReportJson.toJson(report.toJson()));
                            try {
                                FindingsDialog.show(context, frame, texts, Run.this, report, places);
                            } catch (com.sun.star.uno.Exception | RuntimeException e) {
                                outcome = failure(ui, e);
                            }
                            complete(outcome);
                        }

                        @Override
                        public void cancelled() {
                            complete(new Outcome("check", Outcome.Status.CANCELLED, texts.text("check.cancelled")));
                        }

                        @Override
                        public void failed(Exception e) {
                            complete(failure(ui, e));
                        }

                        private void complete(Outcome outcome) {
                            if (answer != null) {
                                answer.complete(outcome);
                            }
                        }
                    });
        }

        private Outcome failure(Ui ui, Exception e) {
            String message = texts.text("error.document", e.getMessage());
            if (ui != null) {
                ui.error(message);
            }
            return new Outcome("check", Outcome.Status.FAILED, message);
        }

        @Override
        public void recheck() {
            inBackground(null, null);
        }

        @Override
        public CheckReport check(String apply, DocumentReader.Visitor places) throws com.sun.star.uno.Exception {
            return check(apply, places, DocumentReader.Progress.NONE);
        }

        CheckReport check(String apply, DocumentReader.Visitor places, DocumentReader.Progress progress)
                throws com.sun.star.uno.Exception {
            Set<String> disabled = new HashSet<>(disabledByArgs);
            disabled.addAll(settings.disabledRules());
            DocumentReader.Visitor first = apply == null ? places : null;
            DocumentSnapshot snapshot = new DocumentReader(model, progress).withPages().read(first);
            Report report = vn.thethuc.feed.FeedRules.checker().check(snapshot, mode, disabled, vn.thethuc.document.VietnamTime.today(),
                    inputs);
            if (apply != null) {
                // "all": every safe fix; a number: the fixes of that finding of this check. One undo step.
                List<Fix> fixes = apply.equals("all")
                        ? report.findings().stream().flatMap(f -> f.fixes().stream()).toList()
                        : report.findings().get(Integer.parseInt(apply)).fixes();
                String title = texts.text("fix.undoTitle");
                com.sun.star.document.XUndoManager undo = Proxies.q(com.sun.star.document.XUndoManagerSupplier.class,
                        model).getUndoManager();
                FixApplier applier = new FixApplier(context, model);
                undo.enterUndoContext(title);
                try {
                    applier.apply(fixes, title);
                    // A fix can show what it hid (the "Standard" page style fixed, "First Page" is reported): "all"
                    // fixes that too, in the same undo step — at most twice more, and never the same fixes again.
                    for (int pass = 1; apply.equals("all") && pass < 3; pass++) {
                        Report again = vn.thethuc.feed.FeedRules.checker().check(new DocumentReader(model).read(), mode,
                                disabled, vn.thethuc.document.VietnamTime.today(), inputs);
                        List<Fix> more = again.findings().stream().flatMap(f -> f.fixes().stream()).toList();
                        if (more.isEmpty() || more.equals(fixes)) {
                            break;
                        }
                        applier.apply(more, title);
                        fixes = more;
                    }
                } finally {
                    undo.leaveUndoContext();
                }
                snapshot = new DocumentReader(model).read(places);
                report = vn.thethuc.feed.FeedRules.checker().check(snapshot, mode, disabled, vn.thethuc.document.VietnamTime.today(),
                        inputs);
            }
            CheckReport told = CheckReport.of(null, report, texts);
            if (includeSnapshot) {
                told = told.with("snapshot", ReportJson.GSON.toJsonTree(snapshot));
            }
            return told;
        }

        @Override
        public void disable(String rule) throws com.sun.star.uno.Exception {
            settings.disableRule(rule);
        }
    }
}
