package it.centrinrete.server.http;

import io.helidon.common.parameters.Parameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The days a listing covers, from the query's {@code from} and {@code to} (ISO dates, both included): by default two
 * weeks from today, at most about two months, so one request never asks for a year of sessions.
 */
public record DayRange(LocalDate from, LocalDate to) {
    private static final int DEFAULT_DAYS = 14;
    private static final int LONGEST_DAYS = 62;

    /** The range a request asks for; a 400 naming the parameter when it is not a date or the range is wrong. */
    public static DayRange of(Parameters query, LocalDate today) {
        LocalDate from = date(query, "from").orElse(today);
        LocalDate to = date(query, "to").orElse(from.plusDays(DEFAULT_DAYS - 1));
        if (to.isBefore(from)) {
            throw ApiException.badRequest("invalid_range", "'to' (" + to + ") is before 'from' (" + from + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_DAYS) {
            throw ApiException.badRequest("invalid_range", "One listing covers at most " + LONGEST_DAYS + " days.");
        }
        return new DayRange(from, to);
    }

    private static Optional<LocalDate> date(Parameters query, String name) {
        Optional<String> text = query.first(name).map(String::strip).filter(value -> !value.isEmpty());
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            String shown = text.get().length() > 40 ? text.get().substring(0, 40) + "…" : text.get();
            throw ApiException.badRequest("invalid_date", "'" + name + "' must be a date like 2026-12-01, not '" + shown + "'.");
        }
    }
}
