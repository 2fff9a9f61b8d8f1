package it.centrinrete.server.usage;

import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per centre and ISO week: questions asked and answered (from {@code usage_week}) and bookings made (counted from the
 * bookings themselves, by the day they were made, whatever became of them). Counts only.
 */
public final class UsageReport {
    private record Key(String centreId, LocalDate weekStart) {
    }

    private final Database database;
    private final UsageCounter counter;

    public UsageReport(Database database, UsageCounter counter) {
        this.database = database;
        this.counter = counter;
    }

    /**
     * The weeks from the one holding {@code from} to the one holding {@code to}, of one centre or (null) of every
     * centre with any use; the newest week first, centres in id order. What this server counted is added first.
     */
    public List<WeekUsage> weeks(String centreId, LocalDate from, LocalDate to) {
        counter.flush();
        LocalDate first = UsageCounter.weekOf(from);
        LocalDate last = UsageCounter.weekOf(to);
        Map<Key, long[]> counts = new TreeMap<>(Comparator.comparing(Key::weekStart).reversed().thenComparing(Key::centreId));
        try (Connection connection = database.connection()) {
            questions(connection, centreId, first, last, counts);
            bookings(connection, centreId, first, last.plusDays(7), counts);
        } catch (SQLException e) {
            throw new PersistenceException("reading the usage figures failed", e);
        }
        List<WeekUsage> weeks = new ArrayList<>();
        counts.forEach((key, value) -> weeks.add(new WeekUsage(key.centreId(), isoWeek(key.weekStart()), key.weekStart(), value[0],
            value[1], value[0] == 0 ? null : (double) value[1] / value[0], value[2])));
        return weeks;
    }

    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void questions(Connection connection, String centreId, LocalDate first, LocalDate last, Map<Key, long[]> counts)
        throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT week_start, centre_id, SUM(asked), SUM(answered) "
            + "FROM usage_week WHERE week_start >= ? AND week_start <= ?" + (centreId == null ? "" : " AND centre_id = ?")
            + " GROUP BY week_start, centre_id")) {
            select.setDate(1, Date.valueOf(first));
            select.setDate(2, Date.valueOf(last));
            if (centreId != null) {
                select.setString(3, centreId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long[] value = counts.computeIfAbsent(new Key(rows.getString(2), rows.getDate(1).toLocalDate()), k -> new long[3]);
                    value[0] += rows.getLong(3);
                    value[1] += rows.getLong(4);
                }
            }
        }
    }

    /** Bookings made from {@code first} (a Monday) to before {@code end}, each in the Milan week it was made. */
    private static void bookings(Connection connection, String centreId, LocalDate first, LocalDate end, Map<Key, long[]> counts)
        throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.centre_id, b.created_at FROM booking b "
            + "JOIN activity_session s ON s.id = b.session_id WHERE b.created_at >= ? AND b.created_at < ?"
            + (centreId == null ? "" : " AND s.centre_id = ?"))) {
            // a day's edges in Milan, widened by a day each side and narrowed below: the zone moves with summer time
            select.setObject(1, first.minusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            select.setObject(2, end.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            if (centreId != null) {
                select.setString(3, centreId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate day = rows.getObject(2, OffsetDateTime.class).atZoneSameInstant(MilanTime.ZONE).toLocalDate();
                    if (!day.isBefore(first) && day.isBefore(end)) {
                        counts.computeIfAbsent(new Key(rows.getString(1), UsageCounter.weekOf(day)), k -> new long[3])[2]++;
                    }
                }
            }
        }
    }
}
