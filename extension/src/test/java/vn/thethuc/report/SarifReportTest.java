package vn.thethuc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.rules.CheckMode;
import vn.thethuc.rules.Checker;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.rules.PlanFixtures;
import vn.thethuc.rules.Report;

class SarifReportTest {
    @Test
    void aReportWithFindingsIsValidSarif() throws Exception {
        Report r = Checker.standard().check(PlanFixtures.withSeveralDefects(), CheckMode.ISSUE, Set.of(),
                LocalDate.of(2026, 11, 23), Map.of());
        assertFalse(r.findings().isEmpty());
        CheckReport json = CheckReport.of("ke-hoach.odt", r, Bundle.of(Bundle.VI));
        JsonObject sarif = SarifReport.of(List.of(json), Nd30Profile.standard());
        assertEquals(Set.of(), SarifSchema.errors(ReportJson.toJson(sarif)));
        JsonObject first = sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0)
                .getAsJsonObject();
        assertEquals(r.findings().get(0).rule(), first.get("ruleId").getAsString());
        assertEquals("error", first.get("level").getAsString());
    }

    @Test
    void anEmptyRunIsValidSarifToo() throws Exception {
        assertEquals(Set.of(), SarifSchema.errors(ReportJson.toJson(SarifReport.of(List.of(), Nd30Profile.standard()))));
    }
}
