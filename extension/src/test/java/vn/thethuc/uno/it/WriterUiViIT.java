package vn.thethuc.uno.it;

import org.junit.jupiter.api.BeforeAll;

/** Writer in Vietnamese, as the officials use it (LibreOffice's Vietnamese translation, libreoffice-l10n-vi). */
class WriterUiViIT extends WriterUi {
    @BeforeAll
    static void vietnamese() throws Exception {
        start("vi");
    }

    @Override
    String documentsMenu() {
        return "Văn bản";
    }

    @Override
    String toolsMenu() {
        return "Công cụ";
    }

    @Override
    String optionsItem() {
        return "Tùy chọn";
    }

    @Override
    String viewMenu() {
        return "Xem";
    }

    @Override
    String toolbarsItem() {
        return "Thanh công cụ";
    }

    @Override
    String fileDialogTitle() {
        return "Mở";
    }

    @Override
    String optionsTitle() {
        return "Tùy chọn";
    }

    @Override
    java.util.List<String> optionsPages() {
        return java.util.List.of("Thể Thức — cơ quan", "Thể Thức — ký số, kiểm tra");
    }
}
