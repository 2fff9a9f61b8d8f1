package it.centrinrete.server.usage;

import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.persistence.Database;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts questions in memory and adds them to {@code usage_week} now and then ({@link #flush}, every minute and at
 * shutdown), so that a question costs two increments and not a database write. Several replicas add to the same rows.
 * A failed flush keeps its counts for the next one.
 */
public final class UsageCounter {
    private record Key(LocalDate weekStart, String centreId, String kioskName) {
    }

    private static final class Counts {
        final LongAdder asked = new LongAdder();
        final LongAdder answered = new LongAdder();
    }

    private final Database database;
    private final Clock clock;
    private final ConcurrentMap<Key, Counts> pending = new ConcurrentHashMap<>();

    public UsageCounter(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The Monday of the ISO week {@code day} falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** One question from a kiosk, answered or not. */
    public void record(String kioskName, String centreId, boolean answered) {
        LocalDate week = weekOf(LocalDate.now(clock.withZone(MilanTime.ZONE)));
        Counts counts = pending.computeIfAbsent(new Key(week, centreId == null ? "" : centreId, kioskName), key -> new Counts());
        counts.asked.increment();
        if (answered) {
            counts.answered.increment();
        }
    }

    /** Adds what was counted since the last flush to the database, in one transaction. */
    public synchronized void flush() {
        Map<Key, long[]> taken = new HashMap<>();
        pending.forEach((key, counts) -> {
            long asked = counts.asked.sumThenReset();
            long answered = counts.answered.sumThenReset();
            if (asked > 0 || answered > 0) {
                taken.put(key, new long[] {asked, answered});
            }
        });
        // weeks gone by hold nothing more to count: their keys go, so the map stays a handful of entries
        LocalDate thisWeek = weekOf(LocalDate.now(clock.withZone(MilanTime.ZONE)));
        pending.keySet().removeIf(key -> key.weekStart().isBefore(thisWeek) && !taken.containsKey(key));
        if (taken.isEmpty()) {
            return;
        }
        try {
            database.inTransaction("adding " + taken.size() + " usage counts", connection -> {
                for (Map.Entry<Key, long[]> entry : taken.entrySet()) {
                    add(connection, entry.getKey(), entry.getValue()[0], entry.getValue()[1]);
                }
                return null;
            });
        } catch (RuntimeException e) {
            // counted again at the next flush rather than lost (also when another replica inserted the same new row first)
            taken.forEach((key, counts) -> {
                Counts back = pending.computeIfAbsent(key, k -> new Counts());
                back.asked.add(counts[0]);
                back.answered.add(counts[1]);
            });
            throw e;
        }
    }

    private static void add(Connection connection, Key key, long asked, long answered) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE usage_week SET asked = asked + ?, answered = answered + ? "
            + "WHERE week_start = ? AND centre_id = ? AND kiosk_name = ?")) {
            update.setLong(1, asked);
            update.setLong(2, answered);
            update.setDate(3, Date.valueOf(key.weekStart()));
            update.setString(4, key.centreId());
            update.setString(5, key.kioskName());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO usage_week (week_start, centre_id, kiosk_name, asked, answered) VALUES (?, ?, ?, ?, ?)")) {
            insert.setDate(1, Date.valueOf(key.weekStart()));
            insert.setString(2, key.centreId());
            insert.setString(3, key.kioskName());
            insert.setLong(4, asked);
            insert.setLong(5, answered);
            insert.executeUpdate();
        }
    }
}
