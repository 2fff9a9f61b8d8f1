package it.centrinrete.server.usage;

import java.time.LocalDate;

/**
 * One centre's week in counts.
 *
 * @param week the ISO week, such as {@code 2026-W48}
 * @param weekStart its Monday
 * @param answeredShare answered / asked, from 0 to 1; null when nothing was asked
 */
public record WeekUsage(String centreId, String week, LocalDate weekStart, long asked, long answered, Double answeredShare,
                        long bookings) {
}
