package vn.thethuc.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** #22: what the extension writes of an agency's name passes its own check (Phụ lục II) and is never cut. */
class AgencyNameTest {
    @Test
    void aNameInCapitalsIsWrittenInASentenceAsPhuLucIIWritesIt() {
        assertEquals("Sở Giáo dục và Đào tạo", AgencyName.inSentence("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
        assertEquals("Sở Y tế", AgencyName.inSentence("SỞ Y TẾ"));
        assertEquals("Sở Lao động - Thương binh và Xã hội", AgencyName.inSentence("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"));
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", AgencyName.inSentence("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"));
        assertEquals("Ủy ban nhân dân tỉnh Thái Nguyên", AgencyName.inSentence("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"));
        assertEquals("Sở Y tế tỉnh Thái Nguyên", AgencyName.inSentence("SỞ Y TẾ TỈNH THÁI NGUYÊN"));
        assertEquals("Trung tâm Y tế huyện Đồng Hỷ", AgencyName.inSentence("TRUNG TÂM Y TẾ HUYỆN ĐỒNG HỶ"));
        assertEquals("Văn phòng UBND tỉnh", AgencyName.inSentence("VĂN PHÒNG UBND TỈNH"));
        assertEquals("Ban Dân tộc tỉnh", AgencyName.inSentence("BAN DÂN TỘC TỈNH"));
        assertEquals("Trường THPT Chu Văn An", AgencyName.inSentence("Trường THPT Chu Văn An"), "mixed case is the writer's");
    }

    @Test
    void abbreviationsAreNotSyllables() {
        for (String a : List.of("UBND", "HĐND", "THPT", "MTTQ", "CNTT")) {
            assertTrue(AgencyName.abbreviation(a), a);
        }
        for (String w : List.of("NGHĨA", "QUỐC", "GIÁO", "TRƯỜNG", "Y", "ĐÀO")) {
            assertFalse(AgencyName.abbreviation(w), w);
        }
    }

    /** The header's column takes a long name in lines broken between its parts: never "ĐÀO / TẠO". */
    @Test
    void aLongNameBreaksBetweenItsPartsInTheHeaderColumn() {
        double column = Layout.HEADER_COLUMN_MM;
        assertEquals(List.of("SỞ Y TẾ"), AgencyName.headerLines("SỞ Y TẾ", column, 13));
        assertEquals(List.of("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), AgencyName.headerLines("SỞ GIÁO DỤC VÀ ĐÀO TẠO", column, 13));
        assertEquals(List.of("SỞ GIÁO DỤC", "VÀ ĐÀO TẠO"), AgencyName.headerLines("SỞ GIÁO DỤC VÀ ĐÀO TẠO", 50, 13));
        assertEquals(List.of("SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"),
                AgencyName.headerLines("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", column, 13));
        assertEquals(List.of("UBND THÀNH PHỐ CẦN THƠ"), AgencyName.headerLines("UBND THÀNH PHỐ CẦN THƠ", column, 13, false),
                "the managing agency, in regular type, on one line");
        for (String name : List.of("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
                "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN")) {
            for (String line : AgencyName.headerLines(name, column, 13)) {
                assertTrue(AgencyName.widthMm(line, 13) <= column, line);
            }
        }
    }
}
