package vn.thethuc.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservedFieldsTest {
    @Test
    void theBlanksOfADraftAreFoundAndAGivenNumberOrDayIsNoBlank() {
        assertEquals(new ReservedFields.Blank(3, 9), ReservedFields.blankNumber("Số:      /KH-UBND").orElseThrow());
        assertTrue(ReservedFields.blankNumber("Số: /KH-UBND").isPresent());
        assertTrue(ReservedFields.blankNumber("Số:\u00a0\u00a0\u00a0/2026/QĐ-UBND").isPresent());
        assertFalse(ReservedFields.blankNumber("Số: 15/KH-UBND").isPresent());
        assertFalse(ReservedFields.blankNumber("Số: 05/2026/NĐ-CP").isPresent());
        String date = "Thái Nguyên, ngày      tháng 3 năm 2026";
        ReservedFields.Blank day = ReservedFields.blankDay(date).orElseThrow();
        assertEquals("      ", date.substring(day.start(), day.end()));
        assertEquals("3/2026", day.monthYear());
        assertTrue(ReservedFields.blankDay("Hà Nội, ngày\u00a0\u00a0\u00a0tháng 01 năm 2027").isPresent());
        assertFalse(ReservedFields.blankDay("Hà Nội, ngày 05 tháng 01 năm 2027").isPresent());
    }

    @Test
    void eachBlankMarkedOnOneLineBecomesAFieldOnIt() {
        List<ReservedFields.Field> fields = ReservedFields.fields(Map.of(
                ReservedFields.NUMBER_MARK, "1 XYZ 90.5 700.2 0", ReservedFields.NUMBER_END_MARK, "1 XYZ 118 700.2 0",
                ReservedFields.DAY_MARK, "1 XYZ 400 705 0", ReservedFields.DAY_END_MARK, "1 XYZ 430 705 0"));
        assertEquals(2, fields.size());
        ReservedFields.Field number = fields.get(0);
        assertEquals(ReservedFields.NUMBER_FIELD, number.name());
        assertEquals(new Appearance.Box(1, 90.5f, 700.2f - ReservedFields.LINE, 118f + ReservedFields.FIELD_PADDING,
                700.2f), number.box());
        assertEquals(ReservedFields.DAY_FIELD, fields.get(1).name());
        assertEquals("", fields.get(1).monthYear());
        assertEquals("11/2026", ReservedFields.fields(Map.of(ReservedFields.DAY_MARK, "1 XYZ 400 705 0",
                ReservedFields.DAY_END_MARK, "1 XYZ 430 705 0", ReservedFields.monthMark("11/2026"), "1 XYZ 400 705 0"))
                .get(0).monthYear());
        // a narrow blank gets room for four digits on its left, still ending at the symbol's "/"; marks on two
        // lines or pages are no field
        Appearance.Box narrow = ReservedFields.fields(Map.of(
                ReservedFields.NUMBER_MARK, "1 XYZ 90.5 700 0", ReservedFields.NUMBER_END_MARK, "1 XYZ 96 700 0"))
                .get(0).box();
        assertEquals(96f + ReservedFields.FIELD_PADDING, narrow.urx());
        assertEquals(96f + ReservedFields.FIELD_PADDING - ReservedFields.MIN_WIDTH, narrow.llx());
        assertTrue(ReservedFields.rightAligned(ReservedFields.NUMBER_FIELD));
        assertFalse(ReservedFields.rightAligned(ReservedFields.DAY_FIELD));
        assertEquals(List.of(), ReservedFields.fields(Map.of(
                ReservedFields.NUMBER_MARK, "1 XYZ 90 700 0", ReservedFields.NUMBER_END_MARK, "2 XYZ 120 700 0")));
        assertEquals(List.of(), ReservedFields.fields(Map.of(
                ReservedFields.NUMBER_MARK, "1 XYZ 90 700 0", ReservedFields.NUMBER_END_MARK, "1 XYZ 120 680 0")));
    }

    @Test
    void onlyTheBlankNumbersFindingIsLeftForTheRecordsOffice() {
        assertTrue(ReservedFields.leftForRecords("ND30.SO_KY_HIEU.FORMAT", "Số: /KH-UBND"));
        assertFalse(ReservedFields.leftForRecords("ND30.SO_KY_HIEU.FORMAT", "Số: 5/KH-UBND"));
        assertFalse(ReservedFields.leftForRecords("ND30.DATE.FORMAT", "Số: /KH-UBND"));
    }
}
