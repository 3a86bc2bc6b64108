package vn.thethuc.recognize;

import java.util.List;

/** The Roman numerals of parts and chapters (I … XX), as documents number them. */
public final class Roman {
    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    private Roman() {
    }

    /** 1 for "I" … 20 for "XX"; -1 for anything else. */
    public static int value(String numeral) {
        int i = NUMERALS.indexOf(numeral);
        return i < 0 ? -1 : i + 1;
    }

    /** "I" for 1 … "XX" for 20; "?" beyond. */
    public static String of(int n) {
        return n >= 1 && n <= NUMERALS.size() ? NUMERALS.get(n - 1) : "?";
    }
}
