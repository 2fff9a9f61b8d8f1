package it.centrinrete.server.ask;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day people name: "alle 15", "alle 15:30", "alle tre e mezza", "alle dieci meno un quarto", "alle
 * otto di sera". An hour from 1 to 7 without "di mattina" is taken as the afternoon, as centres are open then and
 * nobody asks whether one is open at three in the night. Reads text from {@link Intent#normalise}.
 */
final class TimeWords {
    private static final Map<String, Integer> HOURS = Map.ofEntries(
        Map.entry("una", 1), Map.entry("l una", 1), Map.entry("due", 2), Map.entry("tre", 3), Map.entry("quattro", 4),
        Map.entry("cinque", 5), Map.entry("sei", 6), Map.entry("sette", 7), Map.entry("otto", 8), Map.entry("nove", 9),
        Map.entry("dieci", 10), Map.entry("undici", 11), Map.entry("dodici", 12), Map.entry("mezzogiorno", 12),
        Map.entry("tredici", 13), Map.entry("quattordici", 14), Map.entry("quindici", 15), Map.entry("sedici", 16),
        Map.entry("diciassette", 17), Map.entry("diciotto", 18), Map.entry("diciannove", 19), Map.entry("venti", 20));
    private static final Pattern DIGITS = Pattern.compile("\\balle (\\d{1,2})(?:[ :.](\\d{2}))?\\b");
    private static final Pattern WORDS = Pattern.compile("\\b(?:alle|all|a) ("
        + String.join("|", HOURS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
        + ")( e mezza| e mezzo| e un quarto| e trenta| e quindici| meno un quarto)?\\b");

    private TimeWords() {
    }

    static Optional<LocalTime> find(String normalised) {
        Matcher digits = DIGITS.matcher(normalised);
        if (digits.find()) {
            int hour = Integer.parseInt(digits.group(1));
            int minute = digits.group(2) == null ? 0 : Integer.parseInt(digits.group(2));
            return hour <= 23 && minute <= 59 ? Optional.of(LocalTime.of(afternoon(hour, normalised), minute)) : Optional.empty();
        }
        Matcher words = WORDS.matcher(normalised);
        if (!words.find()) {
            return Optional.empty();
        }
        int hour = afternoon(HOURS.get(words.group(1)), normalised);
        String part = words.group(2) == null ? "" : words.group(2).strip();
        LocalTime time = LocalTime.of(hour, 0);
        return Optional.of(switch (part) {
            case "e mezza", "e mezzo", "e trenta" -> time.plusMinutes(30);
            case "e un quarto", "e quindici" -> time.plusMinutes(15);
            case "meno un quarto" -> time.minusMinutes(15);
            default -> time;
        });
    }

    private static int afternoon(int hour, String text) {
        boolean morning = text.contains("di mattina") || text.contains("del mattino") || text.contains("stamattina");
        boolean evening = text.contains("di sera") || text.contains("stasera") || text.contains("del pomeriggio")
            || text.contains("di pomeriggio") || text.contains("oggi pomeriggio");
        if (hour < 12 && (evening || !morning && hour >= 1 && hour <= 7)) {
            return hour + 12;
        }
        return hour;
    }
}
