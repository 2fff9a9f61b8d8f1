package it.centrinrete.kb.load;

import it.centrinrete.kb.hours.DayException;
import it.centrinrete.kb.hours.OpeningHours;
import it.centrinrete.kb.hours.TimeRange;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code openingHours} group: one key per day, {@code publicHolidays}, {@code exceptions}, {@code note}. */
final class OpeningHoursReader {
    private OpeningHoursReader() {
    }

    static OpeningHours read(FieldMap hours) {
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (String key : hours.keys()) {
            Optional<DayOfWeek> day = DayNames.parse(key);
            if (day.isPresent()) {
                Field field = hours.get(key).orElse(null);
                List<TimeRange> ranges = field == null ? List.of() : Located.build(field,
                    () -> TimeRange.parseDay(field.path(), field.asString()));
                if (weekly.put(day.get(), ranges) != null) {
                    throw new FieldException(hours.lineOf(key), hours.path() + "." + key, "gives the hours of " + day.get()
                        .toString().toLowerCase(Locale.ROOT) + " a second time");
                }
            }
        }
        boolean openOnHolidays = hours.get("publicHolidays").map(OpeningHoursReader::holidayPolicy).orElse(false);
        List<DayException> exceptions = new ArrayList<>();
        for (Field item : hours.list("exceptions")) {
            exceptions.add(exception(item.asMap()));
        }
        String note = hours.optionalString("note");
        return Located.build(hours, () -> new OpeningHours(weekly, exceptions, openOnHolidays, note));
    }

    private static boolean holidayPolicy(Field field) {
        return switch (field.asString().strip().toLowerCase(Locale.ROOT)) {
            case "open", "aperto" -> true;
            case "closed", "chiuso" -> false;
            default -> throw field.error("must be 'open' or 'closed', not '" + field.asString() + "'");
        };
    }

    private static DayException exception(FieldMap item) {
        var date = item.date("date");
        boolean closed = item.bool("closed", false);
        Optional<Field> hoursField = item.get("hours");
        if (closed && hoursField.isPresent()) {
            throw new FieldException(item.lineOf("hours"), item.path() + ".hours", "a day cannot be closed and have hours; keep one");
        }
        if (!closed && hoursField.isEmpty()) {
            throw new FieldException(item.line(), item.path(), "needs either 'closed: true' or 'hours: \"09:00-12:00\"'");
        }
        List<TimeRange> ranges = hoursField.map(field -> Located.build(field,
            () -> TimeRange.parseDay(field.path(), field.asString()))).orElse(List.of());
        return Located.build(item, () -> new DayException(date, ranges, item.optionalString("note")));
    }
}
