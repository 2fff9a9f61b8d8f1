package it.centrinrete.server.booking;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What booking codes and phone numbers have in common when a speech recogniser writes them down. */
final class SpeechWords {
    private static final String[] UNITS = {"zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"};
    private static final String[] TEENS = {"dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
        "diciassette", "diciotto", "diciannove"};
    private static final String[] TENS = {"venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
        "novanta"};
    private static final Map<String, String> NUMBERS = numbers();
    /** Sounds a recogniser writes down while the speaker hesitates; they do not interrupt what is being dictated. */
    private static final Set<String> HESITATIONS = Set.of("eh", "ehm", "ehmm", "uhm", "mh", "mmm");

    private SpeechWords() {
    }

    /** Lowercase words without accents or punctuation; a "+" becomes the word "piu", as a recogniser would write it. */
    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("+", " piu ")
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    /**
     * The digits a word stands for: figures as written ("333"), or a number from zero to novantanove in words, since
     * people often read numbers in pairs ("trentatre" → "33").
     */
    static Optional<String> digits(String token) {
        if (!token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(token);
        }
        return Optional.ofNullable(NUMBERS.get(token));
    }

    /** How many times "doppio tre" or "triplo tre" repeats the next symbol; 1 for any other word. */
    static int repetitions(String token) {
        return switch (token) {
            case "doppio", "doppia" -> 2;
            case "triplo", "tripla" -> 3;
            default -> 1;
        };
    }

    static boolean isHesitation(String token) {
        return HESITATIONS.contains(token);
    }

    private static Map<String, String> numbers() {
        Map<String, String> numbers = new HashMap<>();
        for (int unit = 0; unit < UNITS.length; unit++) {
            numbers.put(UNITS[unit], String.valueOf(unit));
            numbers.put(TEENS[unit], String.valueOf(10 + unit));
        }
        for (int ten = 0; ten < TENS.length; ten++) {
            String tens = TENS[ten];
            int value = (ten + 2) * 10;
            numbers.put(tens, String.valueOf(value));
            for (int unit = 1; unit < UNITS.length; unit++) {
                // "ventuno", "trentotto": the tens drop their vowel before uno and otto; recognisers sometimes keep it
                if (unit == 1 || unit == 8) {
                    numbers.put(tens.substring(0, tens.length() - 1) + UNITS[unit], String.valueOf(value + unit));
                }
                numbers.put(tens + UNITS[unit], String.valueOf(value + unit));
            }
        }
        return Map.copyOf(numbers);
    }
}
