package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** A signer's blue signature and a red seal as transparent PNGs; where the signature landed on the page. */
final class SignatureImages {
    private SignatureImages() {
    }

    static Path signature(Path file) throws Exception {
        BufferedImage img = new BufferedImage(360, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 40, 170));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] xs = {20, 70, 95, 130, 150, 200, 230, 280, 340};
        int[] ys = {100, 30, 110, 40, 100, 35, 105, 50, 80};
        g.drawPolyline(xs, ys, xs.length);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    static Path seal(Path file) throws Exception {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(210, 20, 20, 200));
        g.setStroke(new BasicStroke(10));
        g.drawOval(10, 10, 280, 280);
        g.drawOval(45, 45, 210, 210);
        g.fillPolygon(new int[] {150, 165, 205, 172, 185, 150, 115, 128, 95, 135},
                new int[] {95, 135, 135, 158, 198, 174, 198, 158, 135, 135}, 10);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** A word's box as pdftotext -bbox gives it: y from the top of the page. */
    record Word(int page, double xMin, double yMin, double xMax, double yMax, String text) {
    }

    static List<Word> words(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), "-").redirectErrorStream(true).start();
        String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        List<Word> out = new ArrayList<>();
        int page = 0;
        Matcher m = Pattern.compile("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                + "yMax=\"([\\d.]+)\">([^<]*)</word>").matcher(html);
        while (m.find()) {
            if (m.group().startsWith("<page")) {
                page++;
                continue;
            }
            out.add(new Word(page, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), m.group(5)));
        }
        return out;
    }

    /**
     * The signature field sits below the title line {@code title} and above the signer's name {@code name},
     * on their page, horizontally over the name; that page is drawn into {@code png}.
     */
    static void assertInSignatureBlock(Path pdf, String title, String name, Path png) throws Exception {
        var reader = new org.openpdf.text.pdf.PdfReader(Files.readAllBytes(pdf));
        float[] positions = reader.getAcroFields().getFieldPositions("ChuKySo");
        assertTrue(positions != null && positions.length >= 5, "a visible signature field");
        // page, llx, lly, urx, ury
        int page = (int) positions[0];
        float left = positions[1];
        float right = positions[3];
        float height = reader.getPageSize(page).getHeight();
        // from the top of the page, as pdftotext measures
        double top = height - positions[4];
        double bottom = height - positions[2];
        List<Word> words = words(pdf).stream().filter(w -> w.page() == page).toList();
        String lastTitleWord = title.substring(title.lastIndexOf(' ') + 1);
        String firstNameWord = name.substring(0, name.indexOf(' '));
        Word titleWord = words.stream().filter(w -> w.text().equals(lastTitleWord)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no «" + lastTitleWord + "» on page " + page + ": " + words));
        Word nameWord = words.stream().filter(w -> w.text().equals(firstNameWord)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no «" + firstNameWord + "» on page " + page));
        assertTrue(titleWord.yMax() <= top + 1 && bottom <= nameWord.yMin() + 1,
                "between the title (bottom " + titleWord.yMax() + ") and the name (top " + nameWord.yMin() + "): "
                        + top + "–" + bottom);
        assertTrue(left <= nameWord.xMin() && nameWord.xMin() <= right,
                "over the name: " + left + "–" + right + " / " + nameWord.xMin());
        Files.createDirectories(png.getParent());
        String base = png.toString().replaceAll("\\.png$", "");
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "70", "-f", String.valueOf(page), "-l",
                String.valueOf(page), "-singlefile", pdf.toString(), base).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor() == 0 && Files.size(png) > 1000, "the page drawn");
    }
}
