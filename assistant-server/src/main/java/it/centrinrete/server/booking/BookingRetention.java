package it.centrinrete.server.booking;

import it.centrinrete.server.persistence.Database;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Erases what bookings say about people once their session is long over, and forgets old idempotency keys. The
 * booking rows stay (codes, sessions, attendance) so that operators keep their counts; only name, phone, card and
 * the key derived from them go.
 */
public final class BookingRetention {
    private static final Logger LOG = Logger.getLogger(BookingRetention.class.getName());

    private final Database database;
    private final BookingRules rules;
    private final Clock clock;

    public BookingRetention(Database database, BookingRules rules, Clock clock) {
        this.database = database;
        this.rules = rules;
        this.clock = clock;
    }

    /** What one run erased. */
    public record Purged(int bookings, int idempotencyKeys) {
    }

    /** One run, in one transaction; safe to run on several servers at once. */
    public Purged run() {
        Instant now = clock.instant();
        Purged purged = database.inTransaction("erasing old personal data", connection -> {
            int bookings;
            try (PreparedStatement anonymise = connection.prepareStatement("UPDATE booking SET name = NULL, phone = NULL, card = NULL, "
                + "holder_key = NULL, anonymised = TRUE WHERE anonymised = FALSE AND session_id IN "
                + "(SELECT id FROM activity_session WHERE ends_at < ?)")) {
                anonymise.setObject(1, OffsetDateTime.ofInstant(now.minus(rules.retention()), ZoneOffset.UTC));
                bookings = anonymise.executeUpdate();
            }
            int keys = IdempotencyKeys.purge(connection, now.minus(rules.idempotencyKeep()));
            return new Purged(bookings, keys);
        });
        if (purged.bookings() > 0 || purged.idempotencyKeys() > 0) {
            LOG.info(() -> "retention: erased the personal data of " + purged.bookings() + " bookings and forgot "
                + purged.idempotencyKeys() + " idempotency keys");
        }
        return purged;
    }
}
