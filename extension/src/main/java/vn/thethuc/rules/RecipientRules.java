package vn.thethuc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Structure;
import vn.thethuc.recognize.Text;

/** Kính gửi and Nơi nhận (Phụ lục I, II.9). */
final class RecipientRules {
    static final Pattern LUU = Pattern.compile("^-\\s*Lưu\\s*:\\s*VT(?![\\p{L}\\d])");

    private RecipientRules() {
    }

    static final class KinhGui extends BaseRule {
        KinhGui() {
            super("ND30.KINH_GUI.FORMAT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Paragraph> k = ctx.structure().kinhGui();
            if (k.isEmpty()) {
                return;
            }
            Paragraph first = k.get(0);
            if (!Text.nfc(first.trimmed()).matches("^Kính gửi:.*")) {
                f.at(first, "colon");
            }
            // one recipient per dash; a line without one continues the recipient above (wrapped), whose end is judged
            // on its last line
            List<List<Paragraph>> recipients = new java.util.ArrayList<>();
            for (int i = 1; i < k.size(); i++) {
                Paragraph p = k.get(i);
                if (recipients.isEmpty() || Text.squeeze(p.text()).startsWith("- ") || Text.squeeze(p.text()).startsWith("– ")) {
                    recipients.add(new java.util.ArrayList<>());
                }
                recipients.get(recipients.size() - 1).add(p);
            }
            for (int r = 0; r < recipients.size(); r++) {
                List<Paragraph> lines = recipients.get(r);
                String end = r == recipients.size() - 1 ? "." : ";";
                Paragraph opening = lines.get(0);
                Paragraph last = lines.get(lines.size() - 1);
                if (!Text.squeeze(opening.text()).startsWith("- ")) {
                    f.at(opening, "item", end);
                } else if (!Text.squeeze(last.text()).endsWith(end)) {
                    f.at(last, "item", end);
                }
            }
        }
    }

    static final class Present extends BaseRule {
        Present() {
            super("ND30.NOI_NHAN.PRESENT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            if (ctx.structure().noiNhan().isEmpty()) {
                f.document("missing");
            }
        }
    }

    /** One line of the Nơi nhận block: a paragraph, or a part of one split by line breaks; {@code start} is where. */
    record Line(Paragraph whole, Paragraph part, int start) {
        String text() {
            return part.text();
        }

        /** A fix replacing {@code from}..{@code to} of this line. */
        Fix replace(int from, int to, String with) {
            return new Fix.ReplaceText(whole.index(), start + from, start + to, with);
        }
    }

    /** Where "Nơi nhận:" ends in its paragraph: at the line break, or before an item written on the same line. */
    static int labelEnd(Paragraph n) {
        String t = n.text();
        int br = lineBreak(t, 0);
        Matcher m = Pattern.compile("nhận\\s*:?").matcher(t);
        if (m.find() && m.end() < (br < 0 ? t.length() : br)) {
            String rest = t.substring(m.end(), br < 0 ? t.length() : br);
            if (!rest.isBlank()) {
                return m.end();
            }
        }
        return br < 0 ? t.length() : br;
    }

    private static int lineBreak(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028') {
                return i;
            }
        }
        return -1;
    }

    /** The lines under "Nơi nhận:" — those written in its own paragraph after a line break or a tab too. */
    static List<Line> lines(Structure s) {
        List<Line> out = new ArrayList<>();
        s.noiNhan().ifPresent(n -> split(n, labelEnd(n), out));
        for (Paragraph p : s.noiNhanItems()) {
            split(p, 0, out);
        }
        return out;
    }

    private static void split(Paragraph p, int from, List<Line> out) {
        String t = p.text();
        int start = from;
        while (start <= t.length()) {
            int br = lineBreak(t, start);
            int end = sideNote(t, start, br < 0 ? t.length() : br);
            Paragraph part = p.slice(start, end);
            if (!part.isBlank()) {
                int lead = 0;
                while (lead < part.text().length() && Character.isWhitespace(part.text().charAt(lead))) {
                    lead++;
                }
                out.add(new Line(p, p.slice(start + lead, end), start + lead));
            }
            if (br < 0) {
                break;
            }
            start = br + 1;
        }
    }

    /** A note set beside a recipient after its end mark and a gap ("- Cổng thông tin điện tử Chính phủ;       Để đăng dự thảo"). */
    private static final Pattern SIDE_NOTE = Pattern.compile("[;.](?:[ \\u00A0]{2,}|[ \\u00A0]*\\t[ \\u00A0\\t]*)(?=\\S)");

    /** Where the recipient's own text ends on the line {@code start}..{@code end}: before a side note, if any. */
    static int sideNote(String t, int start, int end) {
        Matcher m = SIDE_NOTE.matcher(t).region(start, end);
        return m.find() ? m.start() + 1 : end;
    }

    /** A recipient: its first line and the lines it wraps onto ("- Các sở: …," / "Tài chính, …;"). */
    record Item(List<Line> lines) {
        Line first() {
            return lines.get(0);
        }

        Line last() {
            return lines.get(lines.size() - 1);
        }

        boolean isLuu() {
            return LUU_LINE.matcher(Text.visible(first().text())).find();
        }
    }

    /** "- Lưu: VT, …", and the same line written without its colon or without VT. */
    static final Pattern LUU_LINE = Pattern.compile("^[-–]?\\s*Lưu(?![\\p{L}])");

    /**
     * The recipients, up to and with the Lưu line; what follows it (a note, a link to the meeting's papers)
     * is not a recipient. A line that does not start with "-" after one that ends without ";" or "." is the
     * same recipient wrapped.
     */
    static List<Item> items(Structure s) {
        List<Item> out = new ArrayList<>();
        for (Line l : lines(s)) {
            String t = Text.nfc(l.text()).strip();
            if (!out.isEmpty()) {
                Item prev = out.get(out.size() - 1);
                if (prev.isLuu()) {
                    break;
                }
                String end = prev.last().text().strip();
                boolean open = !end.endsWith(";") && !end.endsWith(".") && !end.endsWith(":");
                if (open && !t.startsWith("-") && !t.startsWith("–") && !t.startsWith("+")) {
                    List<Line> joined = new ArrayList<>(prev.lines());
                    joined.add(l);
                    out.set(out.size() - 1, new Item(joined));
                    continue;
                }
            }
            out.add(new Item(List.of(l)));
        }
        return out;
    }

    static final class Label extends BaseRule {
        Label() {
            super("ND30.NOI_NHAN.LABEL");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Optional<Paragraph> n = ctx.structure().noiNhan();
            if (n.isEmpty()) {
                return;
            }
            Paragraph whole = n.get();
            int end = labelEnd(whole);
            Paragraph p = whole.slice(0, end);
            double size = ctx.profile().size("noiNhanLabel").min();
            boolean sizeOk = wrongSize(ctx, p, "noiNhanLabel").isEmpty();
            boolean colon = Text.nfc(p.trimmed()).startsWith("Nơi nhận:");
            if (!p.bold() || !p.italic() || !sizeOk || !colon) {
                if (end < whole.text().length()) {
                    f.at(whole, "format", BaseRule.fmt(size)); // the recipients share the paragraph: formatting it all would be wrong
                    return;
                }
                List<Fix> fixes = new ArrayList<>(List.of(
                        new Fix.SetFormat(whole.index(), Fix.Format.BOLD, true),
                        new Fix.SetFormat(whole.index(), Fix.Format.ITALIC, true),
                        new Fix.SetFormat(whole.index(), Fix.Format.CHAR_SIZE_PT, size)));
                if (!colon) {
                    int after = whole.text().indexOf("nhận") + "nhận".length();
                    int stop = after;
                    while (stop < whole.text().length() && (whole.text().charAt(stop) == ' ' || whole.text().charAt(stop) == ':')) {
                        stop++;
                    }
                    fixes.add(0, new Fix.ReplaceText(whole.index(), after, stop, ":"));
                }
                f.fixable(whole, fixes, "format", BaseRule.fmt(size));
            }
        }
    }

    static final class Items extends BaseRule {
        Items() {
            super("ND30.NOI_NHAN.ITEMS");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Item> items = items(ctx.structure());
            boolean hasLuu = !items.isEmpty() && items.get(items.size() - 1).isLuu();
            double size = ctx.profile().size("noiNhanItems").min();
            Line firstWrongSize = null;
            List<Fix> sizeFixes = new ArrayList<>();
            boolean sizeFixable = true;
            Optional<Paragraph> label = ctx.structure().noiNhan();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                boolean lastRecipient = i == items.size() - 1 && !hasLuu;
                if (!item.isLuu()) {
                    String first = item.first().text();
                    String end = item.last().text().stripTrailing();
                    if (!first.startsWith("- ") && !first.startsWith("-\t")) {
                        f.at(item.first().whole(), "dash");
                    } else if (!lastRecipient && !end.endsWith(";")) {
                        int stop = end.length();
                        int from = end.endsWith(".") || end.endsWith(",") ? stop - 1 : stop;
                        f.fixable(item.last().whole(), List.of(item.last().replace(from, stop, ";")), "semicolon");
                    }
                }
                for (Line l : item.lines()) {
                    if (wrongSize(ctx, l.part(), "noiNhanItems").isEmpty()) {
                        continue;
                    }
                    if (firstWrongSize == null) {
                        firstWrongSize = l;
                    }
                    if (label.isPresent() && label.get().index() == l.whole().index()) {
                        sizeFixable = false; // the label's own paragraph: sizing it would size the label too
                    } else if (sizeFixes.stream().noneMatch(x -> ((Fix.SetFormat) x).paragraph() == l.whole().index())) {
                        sizeFixes.add(new Fix.SetFormat(l.whole().index(), Fix.Format.CHAR_SIZE_PT, size));
                    }
                }
            }
            if (firstWrongSize != null) {
                // one finding for the block: a recipient list is typed in one size
                f.fixable(firstWrongSize.whole(), sizeFixable ? sizeFixes : List.of(), "size",
                        BaseRule.fmt(firstWrongSize.part().size().orElse(0.0)), BaseRule.fmt(size));
            }
        }
    }

    static final class Luu extends BaseRule {
        Luu() {
            super("ND30.NOI_NHAN.LUU");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            if (ctx.structure().noiNhan().isEmpty()) {
                return;
            }
            List<Item> items = items(ctx.structure());
            if (items.isEmpty()) {
                f.at(ctx.structure().noiNhan().get(), "missing");
                return;
            }
            Item last = items.get(items.size() - 1);
            if (!last.isLuu()) {
                f.at(last.last().whole(), "missing");
                return;
            }
            // one line, one finding: its opening and its end are said (and fixed) together
            Line line = last.last();
            String first = Text.visible(last.first().text());
            String opening = null;
            List<Fix> fixes = new ArrayList<>();
            boolean fixable = true;
            if (!LUU.matcher(first).find()) {
                Matcher noColon = Pattern.compile("^[-–]?\\s*Lưu(\\s*)(?=VT(?![\\p{L}\\d]))").matcher(first);
                if (noColon.find()) {
                    opening = "colon";
                    if (first.equals(last.first().text())) {
                        fixes.add(last.first().replace(noColon.start(1), noColon.end(1), ": "));
                    } else {
                        fixable = false; // soft hyphens in the word: the offsets are not the paragraph's
                    }
                } else {
                    opening = "noVT";
                    fixable = false;
                }
            }
            String t = Text.nfc(line.text()).stripTrailing();
            boolean period = !t.endsWith(".");
            if (period) {
                int end = t.length();
                boolean safe = t.endsWith(";") || t.endsWith(",") || Character.isLetter(t.charAt(end - 1))
                        || t.endsWith(")");
                if (safe && !t.matches(".*\\)\\s*\\S+$") && t.equals(line.text().stripTrailing())) {
                    int start = t.endsWith(";") || t.endsWith(",") ? end - 1 : end;
                    fixes.add(line.replace(start, end, "."));
                } else {
                    fixable = false;
                }
            }
            String key = opening == null ? "period" : !period ? opening : opening.equals("colon") ? "colonPeriod" : "noVTPeriod";
            if (opening == null && !period) {
                return;
            }
            Paragraph at = opening != null ? last.first().whole() : line.whole();
            if (fixable && !fixes.isEmpty()) {
                f.fixable(at, fixes, key);
            } else {
                f.at(at, key);
            }
        }
    }
}
