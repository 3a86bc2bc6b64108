package vn.thethuc.uno.it;

import org.junit.jupiter.api.BeforeAll;

/** Writer in English: the same person's path, the extension's texts in English. */
class WriterUiEnIT extends WriterUi {
    @BeforeAll
    static void english() throws Exception {
        start("en");
    }

    @Override
    String documentsMenu() {
        return "Official documents";
    }

    @Override
    String toolsMenu() {
        return "Tools";
    }

    @Override
    String optionsItem() {
        return "Options";
    }

    @Override
    String viewMenu() {
        return "View";
    }

    @Override
    String toolbarsItem() {
        return "Toolbars";
    }

    @Override
    String fileDialogTitle() {
        return "Open";
    }

    @Override
    String optionsTitle() {
        return "Options";
    }

    @Override
    java.util.List<String> optionsPages() {
        return java.util.List.of("Thể Thức — agency", "Thể Thức — signing, check");
    }
}
