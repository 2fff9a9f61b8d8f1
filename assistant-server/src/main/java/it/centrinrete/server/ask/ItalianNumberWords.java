package it.centrinrete.server.ask;

/** Whole numbers from 0 to 9999 in Italian words, as a synthesiser should say them ("ventuno", "milleduecento"). */
final class ItalianNumberWords {
    private static final String[] UNITS = {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
        "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"};
    private static final String[] TENS = {"", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
        "novanta"};

    private ItalianNumberWords() {
    }

    static String of(int n) {
        if (n < 0 || n > 9999) {
            throw new IllegalArgumentException("only 0 to 9999 are spelled, not " + n);
        }
        if (n < 20) {
            return UNITS[n];
        }
        if (n < 100) {
            String tens = TENS[n / 10];
            int unit = n % 10;
            if (unit == 0) {
                return tens;
            }
            // "ventuno", "trentotto": the tens lose their vowel before uno and otto
            String joined = unit == 1 || unit == 8 ? tens.substring(0, tens.length() - 1) : tens;
            return joined + (unit == 3 ? "tré" : UNITS[unit]);
        }
        if (n < 1000) {
            int hundreds = n / 100;
            String head = hundreds == 1 ? "cento" : UNITS[hundreds] + "cento";
            return n % 100 == 0 ? head : head + of(n % 100);
        }
        int thousands = n / 1000;
        String head = thousands == 1 ? "mille" : UNITS[thousands] + "mila";
        return n % 1000 == 0 ? head : head + of(n % 1000);
    }
}
