package it.centrinrete.kb.load;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Day names as operators write them: English three-letter keys or Italian names and abbreviations. */
final class DayNames {
    private static final Map<String, DayOfWeek> NAMES = Map.ofEntries(
        Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
        Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
        Map.entry("sun", DayOfWeek.SUNDAY),
        Map.entry("lun", DayOfWeek.MONDAY), Map.entry("mar", DayOfWeek.TUESDAY), Map.entry("mer", DayOfWeek.WEDNESDAY),
        Map.entry("gio", DayOfWeek.THURSDAY), Map.entry("ven", DayOfWeek.FRIDAY), Map.entry("sab", DayOfWeek.SATURDAY),
        Map.entry("dom", DayOfWeek.SUNDAY),
        Map.entry("lunedi", DayOfWeek.MONDAY), Map.entry("martedi", DayOfWeek.TUESDAY), Map.entry("mercoledi", DayOfWeek.WEDNESDAY),
        Map.entry("giovedi", DayOfWeek.THURSDAY), Map.entry("venerdi", DayOfWeek.FRIDAY), Map.entry("sabato", DayOfWeek.SATURDAY),
        Map.entry("domenica", DayOfWeek.SUNDAY));

    private DayNames() {
    }

    static Optional<DayOfWeek> parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace("ì", "i");
        if (key.length() > 3 && NAMES.containsKey(key.substring(0, 3)) && !NAMES.containsKey(key)) {
            key = key.substring(0, 3);
        }
        return Optional.ofNullable(NAMES.get(key));
    }

    static DayOfWeek require(Field field) {
        return parse(field.asString()).orElseThrow(() -> field.error(
            "must be a day (mon, tue, wed, thu, fri, sat, sun or lunedì … domenica), not '" + field.asString() + "'"));
    }
}
