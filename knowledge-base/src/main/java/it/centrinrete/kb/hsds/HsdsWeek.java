package it.centrinrete.kb.hsds;

import it.centrinrete.kb.hours.OpeningHours;
import it.centrinrete.kb.hours.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The usual week gathered from several HSDS schedule objects, plus the descriptions of schedules that could not
 * become weekly hours. HSDS gives one time range per schedule object, so a day with a lunch break arrives as two
 * objects; ranges that overlap are merged because together they mean "open from the first to the last".
 */
final class HsdsWeek {
    private final Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
    private final Set<String> texts = new LinkedHashSet<>();

    void add(DayOfWeek day, TimeRange range) {
        days.computeIfAbsent(day, d -> new ArrayList<>()).add(range);
    }

    void addText(String text) {
        if (!text.isBlank()) {
            texts.add(text.strip());
        }
    }

    /** The descriptions of schedules kept as text, one after the other. */
    String text() {
        return String.join(" ", texts);
    }

    OpeningHours toOpeningHours(String note) {
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> week.put(day, merged(ranges)));
        return new OpeningHours(week, List.of(), false, note);
    }

    private static List<TimeRange> merged(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::opens));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : sorted) {
            TimeRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.endsAtMidnight() || !range.opens().isAfter(last.closes()))) {
                merged.set(merged.size() - 1, new TimeRange(last.opens(), later(last.closes(), range.closes())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** The later of two closing times, where midnight means the end of the day. */
    private static LocalTime later(LocalTime a, LocalTime b) {
        if (a.equals(LocalTime.MIDNIGHT) || b.equals(LocalTime.MIDNIGHT)) {
            return LocalTime.MIDNIGHT;
        }
        return a.isAfter(b) ? a : b;
    }
}
