package it.centrinrete.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbers said in words, as a speech recogniser writes them ("mille cinquecento ventidue", "centodiciotto",
 * "ventitré", "cinque mila"), turned into digits so that they meet the numbers the content writes ("1522", "118"). Consecutive
 * number words make one number, as Italians say them, largest part first; a part as large as one already said starts
 * the next number, as when a number is read out in groups ("cento sedici cento diciassette" is 116 117, not 233);
 * "e" between them is kept apart ("tre e mezza" stays).
 */
final class ItalianNumbers {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
        Map.entry("zero", 0), Map.entry("uno", 1), Map.entry("un", 1), Map.entry("una", 1), Map.entry("due", 2),
        Map.entry("tre", 3), Map.entry("quattro", 4), Map.entry("cinque", 5), Map.entry("sei", 6), Map.entry("sette", 7),
        Map.entry("otto", 8), Map.entry("nove", 9), Map.entry("dieci", 10), Map.entry("undici", 11), Map.entry("dodici", 12),
        Map.entry("tredici", 13), Map.entry("quattordici", 14), Map.entry("quindici", 15), Map.entry("sedici", 16),
        Map.entry("diciassette", 17), Map.entry("diciotto", 18), Map.entry("diciannove", 19));
    private static final Map<String, Integer> TENS = Map.of(
        "venti", 20, "trenta", 30, "quaranta", 40, "cinquanta", 50, "sessanta", 60, "settanta", 70, "ottanta", 80,
        "novanta", 90);

    private ItalianNumbers() {
    }

    /** The words with each run of number words replaced by the number in digits. */
    static List<String> toDigits(List<String> words) {
        List<String> out = new ArrayList<>();
        long total = -1;
        String previous = "";
        for (String word : words) {
            boolean thanks = previous.equals("grazie");
            previous = word;
            if (thanks && total < 0 && word.equals("mille")) {
                // "grazie mille" is thanks, not a thousand: the word stays, and drops out as a filler
                out.add(word);
                continue;
            }
            if (word.equals("mila") && total > 0 && total < 1000) {
                total *= 1000;
                continue;
            }
            long value = parse(word);
            if (value >= 0 && !(value <= 9 && total < 0 && isAmbiguous(word))) {
                if (total >= 0 && !fitsAfter(total, value)) {
                    out.add(Long.toString(total));
                    total = -1;
                }
                total = total < 0 ? value : total + value;
                continue;
            }
            if (total >= 0) {
                out.add(Long.toString(total));
                total = -1;
            }
            out.add(word);
        }
        if (total >= 0) {
            out.add(Long.toString(total));
        }
        return out;
    }

    /** Words that are numbers only sometimes: "un"/"una" are articles, "sei" is also "you are". */
    private static boolean isAmbiguous(String word) {
        return word.equals("un") || word.equals("una") || word.equals("uno") || word.equals("sei");
    }

    /**
     * Whether {@code next} continues the number said so far: spoken parts add up largest first ("mille" then
     * "cinquecento" then "ventidue" is 1522), so a part must be smaller than the smallest place already filled; after
     * 116, "cento" starts a new number. Zero is never a part: said after a number, it begins the next.
     */
    private static boolean fitsAfter(long total, long next) {
        if (total == 0 || next == 0) {
            return false;
        }
        long place = 1;
        while (total % (place * 10) == 0) {
            place *= 10;
        }
        return next < place;
    }

    /** The value of one word written as a whole number in letters, or -1 when it is not one. */
    static long parse(String word) {
        if (word.isEmpty()) {
            return -1;
        }
        if (word.equals("mille")) {
            return 1000;
        }
        int mila = word.indexOf("mila");
        if (mila > 0) {
            long thousands = parse(word.substring(0, mila));
            long rest = word.length() > mila + 4 ? parse(word.substring(mila + 4)) : 0;
            return thousands > 0 && rest >= 0 ? thousands * 1000 + rest : -1;
        }
        if (word.startsWith("mille")) {
            long rest = parse(word.substring(5));
            return rest > 0 ? 1000 + rest : -1;
        }
        int cento = word.indexOf("cent");
        if (cento >= 0) {
            long hundreds = cento == 0 ? 1 : parse(word.substring(0, cento));
            String after = word.substring(cento + 4);
            after = after.startsWith("o") ? after.substring(1) : after;
            long rest = after.isEmpty() ? 0 : parse(after);
            return hundreds > 0 && hundreds < 10 && rest >= 0 && rest < 100 ? hundreds * 100 + rest : -1;
        }
        return belowHundred(word.replace('é', 'e'));
    }

    private static long belowHundred(String word) {
        Integer unit = UNITS.get(word);
        if (unit != null) {
            return unit;
        }
        for (var ten : TENS.entrySet()) {
            String stem = ten.getKey();
            // "ventuno", "trentotto": the tens drop their last vowel before uno and otto
            String elided = stem.substring(0, stem.length() - 1);
            // "settant'anni": before a vowel the tens lose theirs, and the apostrophe splits them from the noun
            if (word.equals(stem) || word.equals(elided)) {
                return ten.getValue();
            }
            for (String prefix : List.of(stem, elided)) {
                if (word.startsWith(prefix) && word.length() > prefix.length()) {
                    Integer rest = UNITS.get(word.substring(prefix.length()));
                    if (rest != null && rest >= 1 && rest <= 9) {
                        return ten.getValue() + rest;
                    }
                }
            }
        }
        return -1;
    }
}
