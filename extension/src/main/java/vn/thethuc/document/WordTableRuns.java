package vn.thethuc.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size and font Word shows in a {@code .docx}'s table cells where LibreOffice 7.4's import shows
 * the table style's instead. A run whose own size or font equals the document's default loses it in that
 * import, and the table style's (often "Table Grid" at 10 pt, or Calibri) wins: Writer shows the Nơi nhận
 * at 10 pt where Word shows 11. Read from the file beside Writer's model: the document's defaults, the
 * table styles the document uses, and, for each paragraph in a table, the size and font every one of its
 * runs with text states itself. Only that case is corrected: a run Writer shows in the table style's size
 * (font) whose paragraph's runs all state the document's default is shown as Word shows it.
 */
public final class WordTableRuns {
    /** A paragraph in a table: its text (NFC, spaces collapsed), the size (pt, NaN) and font (null) all its runs state. */
    record Cell(String text, double sizePt, String font) {
    }

    private final double defaultSizePt;
    private final String defaultFont;
    private final Set<Double> tableSizes;
    private final Set<String> tableFonts;
    private final List<Cell> cells;
    private int next;

    WordTableRuns(double defaultSizePt, String defaultFont, Set<Double> tableSizes, Set<String> tableFonts,
            List<Cell> cells) {
        this.defaultSizePt = defaultSizePt;
        this.defaultFont = defaultFont;
        this.tableSizes = Set.copyOf(tableSizes);
        this.tableFonts = Set.copyOf(tableFonts);
        this.cells = List.copyOf(cells);
    }

    /** How far ahead a table paragraph of Writer's is looked for among the file's (they come in the same order). */
    private static final int LOOK_AHEAD = 40;

    /**
     * The reading of {@code file} when it is a Word 2007+ document whose table styles differ from its
     * defaults; empty otherwise, or when the file cannot be read (nothing is corrected then).
     */
    public static Optional<WordTableRuns> of(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (FileFormat.of(file) != FileFormat.DOCX) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException | XMLStreamException | RuntimeException | vn.thethuc.i18n.Refusal e) {
            return Optional.empty();
        }
    }

    static Optional<WordTableRuns> read(InputStream docx) throws IOException, XMLStreamException {
        byte[] styles = null;
        byte[] document = null;
        try (ZipInputStream zip = new ZipInputStream(docx)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/styles.xml")) {
                    styles = zip.readAllBytes();
                } else if (e.getName().equals("word/document.xml")) {
                    document = zip.readAllBytes();
                }
            }
        }
        if (styles == null || document == null) {
            return Optional.empty();
        }
        Builder b = new Builder();
        b.styles(styles);
        if (b.tableSizeByStyle.isEmpty() && b.tableFontByStyle.isEmpty()) {
            return Optional.empty();
        }
        b.document(document);
        Set<Double> sizes = new HashSet<>();
        Set<String> fonts = new HashSet<>();
        for (String used : b.usedTableStyles) {
            Double s = b.tableSizeByStyle.get(used);
            if (s != null && s != b.defaultSize) {
                sizes.add(s);
            }
            String f = b.tableFontByStyle.get(used);
            if (f != null && !f.equals(b.defaultFont)) {
                fonts.add(f);
            }
        }
        if (sizes.isEmpty() && fonts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WordTableRuns(b.defaultSize, b.defaultFont, sizes, fonts, b.cells));
    }

    /**
     * The runs of Writer's table paragraph {@code text} as Word shows them. Call for each paragraph in a
     * table, in document order.
     */
    public List<Run> correct(String text, List<Run> runs) {
        String key = key(text);
        if (key.isEmpty()) {
            return runs;
        }
        for (int i = next; i < Math.min(cells.size(), next + LOOK_AHEAD); i++) {
            if (cells.get(i).text().equals(key)) {
                next = i + 1;
                return correct(cells.get(i), runs);
            }
        }
        return runs;
    }

    private List<Run> correct(Cell cell, List<Run> runs) {
        boolean size = !Double.isNaN(cell.sizePt()) && cell.sizePt() == defaultSizePt;
        boolean font = cell.font() != null && cell.font().equals(defaultFont);
        if (!size && !font) {
            return runs;
        }
        List<Run> out = new ArrayList<>(runs.size());
        for (Run r : runs) {
            double s = size && tableSizes.contains(r.sizePt()) ? cell.sizePt() : r.sizePt();
            String f = font && tableFonts.contains(r.font()) ? cell.font() : r.font();
            out.add(s == r.sizePt() && f.equals(r.font()) ? r
                    : new Run(r.text(), f, s, r.bold(), r.italic(), r.color(), r.language(), r.fill()));
        }
        return out;
    }

    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** The streaming read of styles.xml and document.xml. */
    private static final class Builder {
        static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        double defaultSize = Double.NaN;
        String defaultFont;
        final java.util.Map<String, Double> tableSizeByStyle = new java.util.HashMap<>();
        final java.util.Map<String, String> tableFontByStyle = new java.util.HashMap<>();
        final Set<String> usedTableStyles = new HashSet<>();
        final List<Cell> cells = new ArrayList<>();

        private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return f.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
        }

        private static String val(XMLStreamReader r) {
            return r.getAttributeValue(W, "val");
        }

        void styles(byte[] xml) throws XMLStreamException {
            XMLStreamReader r = reader(xml);
            boolean inDefaults = false;
            String tableStyle = null;
            int pPrDepth = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "rPrDefault" -> inDefaults = true;
                        case "style" -> tableStyle = "table".equals(r.getAttributeValue(W, "type"))
                                ? r.getAttributeValue(W, "styleId") : null;
                        case "tblStylePr", "pPr" -> pPrDepth++;
                        case "sz" -> {
                            if (pPrDepth == 0 && (inDefaults || tableStyle != null)) {
                                double pt = Integer.parseInt(val(r)) / 2.0;
                                if (inDefaults) {
                                    defaultSize = pt;
                                } else {
                                    tableSizeByStyle.put(tableStyle, pt);
                                }
                            }
                        }
                        case "rFonts" -> {
                            if (pPrDepth == 0 && (inDefaults || tableStyle != null)) {
                                String ascii = r.getAttributeValue(W, "ascii");
                                if (inDefaults) {
                                    defaultFont = ascii;
                                } else if (ascii != null) {
                                    tableFontByStyle.put(tableStyle, ascii);
                                }
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "rPrDefault" -> inDefaults = false;
                        case "style" -> tableStyle = null;
                        case "tblStylePr", "pPr" -> pPrDepth--;
                        default -> {
                        }
                    }
                }
            }
        }

        void document(byte[] xml) throws XMLStreamException {
            XMLStreamReader r = reader(xml);
            int tables = 0;
            int textBoxes = 0;
            boolean inRun = false;
            boolean inRunProps = false;
            boolean inText = false;
            StringBuilder paragraph = null;
            StringBuilder runText = new StringBuilder();
            double runSize = Double.NaN;
            String runFont = null;
            double parSize = Double.NaN;
            String parFont = null;
            boolean sizesAgree = true;
            boolean fontsAgree = true;
            boolean anyText = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "tbl" -> tables++;
                        case "txbxContent" -> textBoxes++;
                        case "tblStyle" -> usedTableStyles.add(val(r));
                        case "p" -> {
                            if (tables > 0 && textBoxes == 0) {
                                paragraph = new StringBuilder();
                                parSize = Double.NaN;
                                parFont = null;
                                sizesAgree = true;
                                fontsAgree = true;
                                anyText = false;
                            }
                        }
                        case "r" -> {
                            inRun = true;
                            runText.setLength(0);
                            runSize = Double.NaN;
                            runFont = null;
                        }
                        case "rPr" -> inRunProps = inRun;
                        case "sz" -> {
                            if (inRunProps) {
                                runSize = Integer.parseInt(val(r)) / 2.0;
                            }
                        }
                        case "rFonts" -> {
                            if (inRunProps) {
                                runFont = r.getAttributeValue(W, "ascii");
                            }
                        }
                        case "t" -> inText = inRun;
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && inText && paragraph != null && textBoxes == 0) {
                    runText.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "tbl" -> tables--;
                        case "txbxContent" -> textBoxes--;
                        case "rPr" -> inRunProps = false;
                        case "t" -> inText = false;
                        case "r" -> {
                            inRun = false;
                            if (paragraph != null && textBoxes == 0) {
                                paragraph.append(runText);
                                if (!runText.toString().isBlank()) {
                                    if (!anyText) {
                                        parSize = runSize;
                                        parFont = runFont;
                                        anyText = true;
                                    } else {
                                        sizesAgree &= Double.compare(parSize, runSize) == 0;
                                        fontsAgree &= java.util.Objects.equals(parFont, runFont);
                                    }
                                }
                            }
                        }
                        case "p" -> {
                            if (paragraph != null && textBoxes == 0) {
                                cells.add(new Cell(key(paragraph.toString()), sizesAgree ? parSize : Double.NaN,
                                        fontsAgree ? parFont : null));
                                paragraph = null;
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
    }
}
