package it.centrinrete.server.security;

import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each kiosk last made an authenticated request. Kept in memory on every request and written to the database at
 * most once a minute per kiosk (and at shutdown), so that other replicas and a restarted server know it too without a
 * write per question.
 */
public final class KioskPresence {
    /** A kiosk heard from this recently is online. */
    public static final Duration ONLINE_WITHIN = Duration.ofMinutes(2);
    private static final Duration WRITE_EVERY = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(KioskPresence.class.getName());

    private final Database database;
    private final Clock clock;
    private final ConcurrentMap<String, Instant> seen = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Instant> written = new ConcurrentHashMap<>();

    public KioskPresence(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The kiosk made a request now. */
    public void seen(String kioskName) {
        Instant now = clock.instant();
        seen.put(kioskName, now);
        Instant last = written.get(kioskName);
        boolean due = last == null ? written.putIfAbsent(kioskName, now) == null
            : !now.isBefore(last.plus(WRITE_EVERY)) && written.replace(kioskName, last, now);
        if (due) {
            try {
                write(kioskName, now);
            } catch (PersistenceException e) {
                // a kiosk's question matters more than its presence: the next minute writes it again
                written.remove(kioskName, now);
                LOG.log(Level.WARNING, "the last-seen time of kiosk " + kioskName + " could not be written", e);
            }
        }
    }

    /** The later of what this server heard and what the database says; empty when never seen. */
    public Optional<Instant> lastSeen(String kioskName, Instant stored) {
        Instant here = seen.get(kioskName);
        if (here == null || stored != null && stored.isAfter(here)) {
            return Optional.ofNullable(stored);
        }
        return Optional.of(here);
    }

    public boolean online(Optional<Instant> lastSeen) {
        return lastSeen.map(at -> at.isAfter(clock.instant().minus(ONLINE_WITHIN))).orElse(false);
    }

    /** Writes every time heard here that the database does not have yet; at shutdown. */
    public void flush() {
        for (Map.Entry<String, Instant> entry : seen.entrySet()) {
            if (!entry.getValue().equals(written.get(entry.getKey()))) {
                write(entry.getKey(), entry.getValue());
                written.put(entry.getKey(), entry.getValue());
            }
        }
    }

    private void write(String kioskName, Instant at) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement(
                 "UPDATE kiosk SET last_seen = ? WHERE name = ? AND (last_seen IS NULL OR last_seen < ?)")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setString(2, kioskName);
            update.setTimestamp(3, Timestamp.from(at));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("recording when kiosk " + kioskName + " was last seen failed", e);
        }
    }
}
