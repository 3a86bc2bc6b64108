package vn.thethuc.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.util.Locale;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.profile.Severity;
import vn.thethuc.rules.Finding;

/** JSON as the reports write it (pretty, Vietnamese unescaped); a finding's severity and message as told. */
public final class ReportJson {
    public static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ReportJson() {
    }

    public static String severity(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    public static String message(Finding f, Bundle texts) {
        return texts.text(f.messageKey(), f.args().toArray());
    }

    public static String toJson(JsonElement e) {
        return GSON.toJson(e);
    }
}
