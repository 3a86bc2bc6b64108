package vn.thethuc.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Recognizer;
import vn.thethuc.recognize.Text;

/** Địa danh and ngày tháng năm (Phụ lục I, II.4). */
final class DateRules {
    private DateRules() {
    }

    /** The date line's parts, with positions in the paragraph's own text. */
    record DateLine(Paragraph paragraph, String place, String day, int dayStart, String month, int monthStart,
            String year) {
        boolean blank() {
            return !day.chars().allMatch(Character::isDigit) || day.isEmpty();
        }
    }

    static Optional<DateLine> parse(Paragraph p) {
        // no-break spaces pad a typed-in day ("ngày\u00a0\u00a0 02\u00a0\u00a0\u00a0 tháng"); one for one, positions hold
        String text = Text.nfc(p.text()).replace('\u00A0', ' ');
        Matcher m = Recognizer.DATE.matcher(text.stripTrailing());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new DateLine(p, m.group("place").strip(), m.group("d"), m.start("d"), m.group("m"),
                m.start("m"), m.group("y")));
    }

    static final class Format extends BaseRule {
        Format() {
            super("ND30.DATE.FORMAT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Optional<Paragraph> d = ctx.structure().date();
            if (d.isEmpty()) {
                f.document("missing");
                return;
            }
            Paragraph p = d.get();
            Optional<DateLine> line = parse(p);
            if (line.isEmpty() || line.get().place().isEmpty()) {
                f.at(p, "malformed");
            }
            if (!p.italic()) {
                f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.ITALIC, true)), "notItalic");
            }
            wrongSize(ctx, p, "date").ifPresent(s -> f.at(p, "size", fmt(s), ctx.profile().size("date")));
            ctx.structure().tieuNgu().filter(t -> t.index() > p.index()).ifPresent(t -> f.at(p, "order"));
        }
    }

    static final class Padding extends BaseRule {
        Padding() {
            super("ND30.DATE.PADDING");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Optional<DateLine> line = ctx.structure().date().flatMap(DateRules::parse);
            if (line.isEmpty() || line.get().blank()) {
                return;
            }
            DateLine l = line.get();
            List<Fix> fixes = new ArrayList<>();
            String expectedMonth = paddedMonth(l.month());
            if (expectedMonth != null && !expectedMonth.equals(l.month())) {
                fixes.add(new Fix.ReplaceText(l.paragraph().index(), l.monthStart(), l.monthStart() + l.month().length(),
                        expectedMonth));
            }
            String expectedDay = paddedDay(l.day());
            if (expectedDay != null && !expectedDay.equals(l.day())) {
                fixes.add(new Fix.ReplaceText(l.paragraph().index(), l.dayStart(), l.dayStart() + l.day().length(),
                        expectedDay));
            }
            if (!fixes.isEmpty()) {
                f.fixable(l.paragraph(), fixes, "wrong", l.day(), l.month(),
                        expectedDay == null ? l.day() : expectedDay, expectedMonth == null ? l.month() : expectedMonth);
            }
        }

        static String paddedDay(String day) {
            if (!day.matches("\\d{1,2}")) {
                return null;
            }
            int d = Integer.parseInt(day);
            return d < 10 ? "0" + d : String.valueOf(d);
        }

        static String paddedMonth(String month) {
            if (!month.matches("\\d{1,2}")) {
                return null;
            }
            int m = Integer.parseInt(month);
            return m <= 2 ? "0" + m : String.valueOf(m);
        }
    }

    static final class Valid extends BaseRule {
        Valid() {
            super("ND30.DATE.VALID");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Optional<DateLine> line = ctx.structure().date().flatMap(DateRules::parse);
            if (line.isEmpty() || line.get().blank()) {
                return;
            }
            DateLine l = line.get();
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(l.year()), Integer.parseInt(l.month()),
                        Integer.parseInt(l.day()));
                if (ctx.issuing() && date.isAfter(ctx.today())) {
                    f.at(l.paragraph(), "future", date.toString());
                }
            } catch (NumberFormatException | DateTimeException e) {
                f.at(l.paragraph(), "noSuchDate", l.day(), l.month(), l.year());
            }
        }
    }
}
