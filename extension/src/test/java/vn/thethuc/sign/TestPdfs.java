package vn.thethuc.sign;

import java.io.ByteArrayOutputStream;

/** One-page PDFs made here to be signed, issued and verified. */
public final class TestPdfs {
    private TestPdfs() {
    }

    /** A page with {@code text} in Liberation Serif when the machine has it (Vietnamese), else Helvetica. */
    public static byte[] page(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.openpdf.text.Document d = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(d, out);
        d.open();
        org.openpdf.text.Font font = Appearance.systemFont().map(f -> {
            try {
                return new org.openpdf.text.Font(org.openpdf.text.pdf.BaseFont.createFont(f.toString(),
                        org.openpdf.text.pdf.BaseFont.IDENTITY_H, org.openpdf.text.pdf.BaseFont.EMBEDDED), 13);
            } catch (Exception e) {
                return new org.openpdf.text.Font();
            }
        }).orElseGet(org.openpdf.text.Font::new);
        d.add(new org.openpdf.text.Paragraph(text, font));
        d.close();
        return out.toByteArray();
    }
}
