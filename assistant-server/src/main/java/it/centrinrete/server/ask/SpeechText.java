package it.centrinrete.server.ask;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns screen text into what a synthesiser reads well: times in words ("alle 14:30" → "alle quattordici e
 * trenta"), phone numbers digit by digit in their groups with a pause between groups, other numbers in words.
 */
final class SpeechText {
    private static final Pattern TIME = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\+?\\d{2,4}(?: \\d{2,4}){1,4})(?![\\d])");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,4}\\b");

    private SpeechText() {
    }

    static String of(String text) {
        if (!hasDigit(text)) {
            // times, phone numbers and numbers are all written in digits: without any there is nothing to spell
            return text;
        }
        String spoken = replace(TIME, text, m -> time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        spoken = replace(PHONE, spoken, m -> phone(m.group(1)));
        return replace(NUMBER, spoken, m -> ItalianNumberWords.of(Integer.parseInt(m.group())));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String time(int hour, int minute) {
        String hours = ItalianNumberWords.of(hour);
        if (minute == 0) {
            return hours;
        }
        return hours + " e " + (minute == 30 ? "trenta" : minute == 15 ? "un quarto" : ItalianNumberWords.of(minute));
    }

    /** "02 8845 1234" → "zero due, otto otto quattro cinque, uno due tre quattro": slow, one digit at a time. */
    static String phone(String written) {
        StringBuilder spoken = new StringBuilder();
        for (String group : written.strip().split(" ")) {
            if (!spoken.isEmpty()) {
                spoken.append(", ");
            }
            StringBuilder digits = new StringBuilder();
            for (char c : group.toCharArray()) {
                if (c == '+') {
                    digits.append("più ");
                } else {
                    digits.append(ItalianNumberWords.of(c - '0')).append(' ');
                }
            }
            spoken.append(digits.toString().strip());
        }
        return spoken.toString();
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> spell) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(spell.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
