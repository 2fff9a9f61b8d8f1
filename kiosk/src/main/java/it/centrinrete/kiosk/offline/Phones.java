package it.centrinrete.kiosk.offline;

/** Comparing phone numbers as people write them: "+39 333 1234567", "3331234567" and "0039 333…" are one number. */
final class Phones {
    private static final int NATIONAL_MAX = 10;

    private Phones() {
    }

    static boolean same(String one, String other) {
        String a = national(one);
        return !a.isEmpty() && a.equals(national(other));
    }

    /** The digits without Italy's country code. */
    static String national(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.startsWith("0039") && digits.length() > NATIONAL_MAX) {
            return digits.substring(4);
        }
        if (digits.startsWith("39") && digits.length() > NATIONAL_MAX) {
            return digits.substring(2);
        }
        return digits;
    }
}
