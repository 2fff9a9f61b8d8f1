package it.centrinrete.kb.hours;

import it.centrinrete.kb.content.InvalidEntryException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stretch of a day during which a place is open.
 *
 * @param opens first minute open (inclusive)
 * @param closes first minute closed (exclusive); {@link LocalTime#MIDNIGHT} means the end of the day, so that
 *     "20:00-24:00" can be written without a range that crosses into the next day
 */
public record TimeRange(LocalTime opens, LocalTime closes) {
    // Volunteers write hours the way they speak them: "9-12", "9.00-12.30", "09:00 – 12:30".
    private static final Pattern RANGE = Pattern.compile(
        "(\\d{1,2})(?:[:.](\\d{2}))?\\s*[-\u2013\u2014]\\s*(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final Pattern DAY_SEPARATOR = Pattern.compile("[,;]");
    private static final String GENERIC_FIELD = "openingHours";

    public TimeRange {
        check(GENERIC_FIELD, opens, closes, opens + "-" + closes);
    }

    /**
     * Reads one range such as "09:00-12:30", "9-12", "9.00-12.30" or "09:00–12:30"; "24:00" is accepted as a
     * closing time and means midnight.
     *
     * @param field the content field the text comes from, named in the error
     */
    public static TimeRange parse(String field, String text) {
        if (text == null) {
            throw new InvalidEntryException(field, "needs a time range like 09:00-12:30");
        }
        Matcher m = RANGE.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidEntryException(field, "'" + text + "' is not a time range like 09:00-12:30");
        }
        LocalTime opens = time(field, text, m.group(1), m.group(2), false);
        LocalTime closes = time(field, text, m.group(3), m.group(4), true);
        check(field, opens, closes, text);
        return new TimeRange(opens, closes);
    }

    /**
     * Reads a whole day: ranges separated by commas or semicolons, or "chiuso"/"closed"/nothing for a closed
     * day. The ranges come back sorted; overlapping ranges are refused because they are always a typing mistake.
     */
    public static List<TimeRange> parseDay(String field, String text) {
        if (text == null || text.isBlank() || isClosedWord(text)) {
            return List.of();
        }
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : DAY_SEPARATOR.split(text, -1)) {
            if (part.isBlank()) {
                throw new InvalidEntryException(field, "'" + text + "' has an empty range between separators");
            }
            ranges.add(parse(field, part));
        }
        return sortedDay(field, ranges, " in '" + text + "'");
    }

    /** Sorts a day's ranges and refuses overlaps; the check every holder of a day's hours shares. */
    static List<TimeRange> sortedDay(String field, List<TimeRange> ranges) {
        if (ranges == null) {
            return List.of();
        }
        for (TimeRange range : ranges) {
            if (range == null) {
                throw new InvalidEntryException(field, "must not contain empty time ranges");
            }
        }
        return sortedDay(field, ranges, "");
    }

    private static List<TimeRange> sortedDay(String field, List<TimeRange> ranges, String where) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::opens));
        for (int i = 1; i < sorted.size(); i++) {
            TimeRange before = sorted.get(i - 1);
            TimeRange after = sorted.get(i);
            if (before.endsAtMidnight() || after.opens().isBefore(before.closes())) {
                throw new InvalidEntryException(field,
                    "ranges '" + before.format() + "' and '" + after.format() + "' overlap" + where);
            }
        }
        return List.copyOf(sorted);
    }

    /** True from {@code opens} (inclusive) up to {@code closes} (exclusive). */
    public boolean contains(LocalTime t) {
        return !t.isBefore(opens) && (endsAtMidnight() || t.isBefore(closes));
    }

    /** True when the range runs to the end of the day. */
    public boolean endsAtMidnight() {
        return closes.equals(LocalTime.MIDNIGHT);
    }

    /** "09:00-12:30", with "24:00" for a range that runs to the end of the day, as Italians write it. */
    public String format() {
        return opens + "-" + (endsAtMidnight() ? "24:00" : closes.toString());
    }

    private static boolean isClosedWord(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        return word.equals("chiuso") || word.equals("closed");
    }

    private static LocalTime time(String field, String text, String hourText, String minuteText, boolean closing) {
        int hour = Integer.parseInt(hourText);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (closing && hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.of(hour, minute);
        } catch (DateTimeException e) {
            throw new InvalidEntryException(field, "'" + text + "' has a time that does not exist: "
                + hourText + (minuteText == null ? "" : ":" + minuteText));
        }
    }

    private static void check(String field, LocalTime opens, LocalTime closes, String text) {
        if (opens == null || closes == null) {
            throw new InvalidEntryException(field, "a time range needs both an opening and a closing time, not '" + text + "'");
        }
        if (closes.equals(LocalTime.MIDNIGHT)) {
            return;
        }
        if (closes.equals(opens)) {
            throw new InvalidEntryException(field, "'" + text + "' closes at the time it opens");
        }
        if (closes.isBefore(opens)) {
            throw new InvalidEntryException(field, "'" + text + "' closes before it opens");
        }
    }
}
