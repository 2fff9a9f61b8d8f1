package it.centrinrete.kb.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A telephone number people can call, kept in one canonical form so the same number written two ways is equal.
 *
 * @param number canonical: {@code +<country><digits>} (e.g. {@code +390288451234}) or an Italian short
 *     number without prefix ({@code 112}, {@code 116117}, {@code 800123456})
 * @param label what the number is for ("segreteria", "prenotazioni"); may be empty
 */
public record Phone(String number, String label) {
    private static final Pattern WRITTEN = Pattern.compile("[+]?[0-9 ./()-]+");

    public Phone {
        number = canonical(number);
        label = Checks.optionalText(label);
    }

    public static Phone of(String written) {
        return new Phone(written, "");
    }

    /**
     * Accepts the ways people write numbers ("02 884.51234", "(+39) 333-1234567", "0039 02 ...", "800 123 456") and
     * returns the canonical form, or explains what is wrong. Quotes around the number are tolerated because
     * real directory exports carry them.
     */
    static String canonical(String written) {
        String raw = Checks.text("phone", written).replace("\"", "").replace("'", "").strip();
        if (!WRITTEN.matcher(raw).matches()) {
            throw new InvalidEntryException("phone",
                "may hold only digits, spaces, '+', '.', '/', '-', '(' and ')', not '" + written + "'");
        }
        String digits = raw.replaceAll("[^0-9]", "");
        boolean international = raw.startsWith("+") || raw.startsWith("(+") || digits.startsWith("00");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (international) {
            if (digits.length() < 8 || digits.length() > 15) {
                throw new InvalidEntryException("phone", "an international number has 8 to 15 digits, not '" + written + "'");
            }
            return "+" + digits;
        }
        if (isItalianShortNumber(digits)) {
            return digits;
        }
        if ((digits.startsWith("0") || digits.startsWith("3")) && digits.length() >= 6 && digits.length() <= 11) {
            return "+39" + digits;
        }
        throw new InvalidEntryException("phone", "'" + written + "' is not an Italian number (landlines start with 0, mobiles with 3)"
            + " nor one written with its country code (+39 ...)");
    }

    private static boolean isItalianShortNumber(String digits) {
        return digits.startsWith("1") && digits.length() >= 3 && digits.length() <= 6
            || digits.matches("80[03]\\d{3,6}");
    }

    /** True for numbers written in the Italian plan (with +39 or short numbers). */
    public boolean italian() {
        return number.startsWith("+39") || !number.startsWith("+");
    }

    /** The digits a person dials in Italy: "0288451234", "3331234567", "112". */
    public String nationalDigits() {
        return number.startsWith("+39") ? number.substring(3) : number.replace("+", "00");
    }

    /**
     * The number split in the groups Italians say aloud and read: "02 8845 1234", "333 123 4567", "800 123 456".
     * Foreign numbers keep their country code in front.
     */
    public List<String> groups() {
        if (!italian()) {
            return splitEvery(number, 3);
        }
        String digits = nationalDigits();
        List<String> groups = new ArrayList<>();
        String rest;
        if (digits.startsWith("02") || digits.startsWith("06")) {
            groups.add(digits.substring(0, 2));
            rest = digits.substring(2);
        } else if (digits.length() > 6) {
            groups.add(digits.substring(0, 3));
            rest = digits.substring(3);
        } else {
            return List.of(digits);
        }
        groups.addAll(splitEvery(rest, rest.length() == 8 || rest.length() == 4 ? 4 : 3));
        return List.copyOf(groups);
    }

    private static List<String> splitEvery(String text, int size) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int remaining = text.length() - i;
            // never leave a single digit alone at the end: "123 4" reads worse than "12 34"
            int take = remaining == size + 1 ? (remaining + 1) / 2 : Math.min(size, remaining);
            parts.add(text.substring(i, i + take));
            i += take;
        }
        return parts;
    }

    /** The number as it is shown on screen. */
    public String display() {
        return String.join(" ", groups());
    }
}
