package vn.thethuc.rules;

import vn.thethuc.document.DocumentSnapshot;

/** Snapshots for tests outside this package. */
public final class PlanFixtures {
    private PlanFixtures() {
    }

    /** A plan with an error of its own kind at several levels: Lưu line, date padding, a page margin. */
    public static DocumentSnapshot withSeveralDefects() {
        return PlanFixture.plan()
                .edit("- Lưu:", p -> p.text("- Lưu: VT, NVY"))
                .edit("Thái Nguyên", p -> p.text("Thái Nguyên, ngày 6 tháng 5 năm 2024"))
                .edit("Văn phòng Sở", p -> p.font("Arial"))
                .page(1, s -> RulesTest.withStandard(s, 210, 25))
                .snapshot();
    }
}
