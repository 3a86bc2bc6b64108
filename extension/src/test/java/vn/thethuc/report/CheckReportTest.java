package vn.thethuc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonPrimitive;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.rules.CheckMode;
import vn.thethuc.rules.Checker;
import vn.thethuc.rules.PlanFixtures;
import vn.thethuc.rules.Report;

class CheckReportTest {
    private static CheckReport sample() {
        Report r = Checker.standard().check(PlanFixtures.withSeveralDefects(), CheckMode.ISSUE, Set.of(),
                LocalDate.of(2026, 11, 30), java.util.Map.of());
        return CheckReport.of("ke-hoach.odt", r, Bundle.of(Bundle.VI));
    }

    @Test
    void itsJsonIsReadBackAsTheSameReportWithWhatWasAdded() {
        CheckReport report = sample().with("checkMs", new JsonPrimitive(12.5));
        assertTrue(report.errors() > 0 && !report.findings().isEmpty(), report.toString());
        CheckReport back = CheckReport.fromJson(ReportJson.toJson(report.toJson()));
        assertEquals(report, back);
        assertEquals(List.of("file", "mode", "documentType", "findings", "summary", "checkMs"),
                List.copyOf(back.toJson().keySet()));
        assertEquals("issue", back.mode());
        assertEquals("D:/x.odt", back.named("D:/x.odt").file());
    }

    @Test
    void theCountsAreTheFindingsAndTheFirstOfASeverityComeInOrder() {
        CheckReport report = sample();
        assertEquals(report.findings().stream().filter(f -> f.severity().equals("error")).count(), report.errors());
        assertEquals(report.findings().stream().filter(f -> f.severity().equals("warning")).count(), report.warnings());
        List<CheckReport.Item> first = report.first("error", 2);
        assertEquals(report.findings().stream().filter(f -> f.severity().equals("error")).limit(2).toList(), first);
    }

    @Test
    void somethingElseIsNotAReport() {
        assertThrows(IllegalArgumentException.class, () -> CheckReport.fromJson("{\"findings\": 3}"));
        assertThrows(IllegalArgumentException.class, () -> CheckReport.fromJson("not json"));
        assertThrows(IllegalArgumentException.class, () -> sample().with("summary", new JsonPrimitive(1)));
    }
}
