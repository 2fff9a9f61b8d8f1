package it.centrinrete.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Provenance;
import it.centrinrete.kb.hours.HolidayCalendar;
import it.centrinrete.kb.schedule.WeeklyRecurrence;
import it.centrinrete.server.persistence.Database;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention job on H2 and on PostgreSQL, with a clock the test moves: thirty days after a session ended its
 * bookings lose name, phone, card and holder key (codes, statuses and counts stay); idempotency keys are forgotten
 * after 72 hours; nothing newer is touched.
 */
class BookingRetentionIT {
    private static final String ACTIVITY = "prova-conservazione";
    private static final String KIOSK = "kiosk-1";
    /** Monday 4 March 2030, 08:00 in Milan (07:00 UTC): today's session at 10:00 is bookable. */
    private static final Instant START = Instant.parse("2030-03-04T07:00:00Z");
    /** The end of the old session (4 March, 10:00 to 11:00 in Milan, 10:00 UTC), plus the 30 days, plus an hour. */
    private static final Instant LATER = Instant.parse("2030-03-04T10:00:00Z").plus(Duration.ofDays(30)).plus(Duration.ofHours(1));

    static Stream<String> kinds() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void personalDataOfLongPastSessionsAndOldKeysAreErasedAndNothingElse(String kind) throws SQLException {
        String url = TestDatabases.freshUrl(kind);
        try (Database database = TestDatabases.open(url)) {
            // given: a ledger on a daily activity, with the defaults (erase after 30 days, keep keys 72 hours)
            MutableClock clock = new MutableClock(START);
            BookingRules rules = BookingRules.defaults();
            Content content = Content.of(List.of(dailyActivity()));
            SessionCalendar calendar = new SessionCalendar(database, () -> content, HolidayCalendar.milan(), clock);
            BookingLedger ledger = new BookingLedger(database, calendar, rules, clock, new SecureRandom());
            BookingRetention retention = new BookingRetention(database, rules, clock);

            // today's session (over 30 days before LATER): a phone booking, a card booking, one cancelled
            String old = ACTIVITY + "@2030-03-04T10:00";
            String oldByPhone = book(ledger, old, Holder.of("Anna Vecchi", "333 111 2222", null), "key-old-phone");
            String oldByCard = book(ledger, old, Holder.of(null, null, "ZANTE-0042"), "key-old-card");
            String oldCancelled = book(ledger, old, Holder.of("Bruno Annullato", "333 111 3333", null), "key-old-cancelled");
            ledger.cancel(new BookingCode(oldCancelled));
            // tomorrow's (over 29 days before LATER)
            String nextDay = book(ledger, ACTIVITY + "@2030-03-05T10:00", Holder.of("Carla Dopo", "333 111 4444", null), "key-next-day");
            // a key 73 hours old at LATER, for a session that ended two days before it
            clock.set(LATER.minus(Duration.ofHours(73)));
            String recent = book(ledger, ACTIVITY + "@2030-04-01T10:00", Holder.of("Dario Recente", "333 111 5555", null), "key-73h");
            // a key 71 hours old at LATER, for a session still to come
            clock.set(LATER.minus(Duration.ofHours(71)));
            String upcoming = book(ledger, ACTIVITY + "@2030-04-05T10:00", Holder.of("Elena Futura", "333 111 6666", null), "key-71h");

            // when
            clock.set(LATER);
            BookingRetention.Purged purged = retention.run();

            // then: the three old bookings are anonymised, their codes and statuses kept
            assertThat(purged).isEqualTo(new BookingRetention.Purged(3, 5));
            Map<String, Row> rows = rows(database);
            for (String code : List.of(oldByPhone, oldByCard, oldCancelled)) {
                Row row = rows.get(code);
                assertThat(row.anonymised()).as(code).isTrue();
                assertThat(row.name()).as(code).isNull();
                assertThat(row.phone()).as(code).isNull();
                assertThat(row.card()).as(code).isNull();
                assertThat(row.holderKey()).as(code).isNull();
            }
            assertThat(rows.get(oldByPhone).status()).isEqualTo("CONFIRMED");
            assertThat(rows.get(oldByCard).status()).isEqualTo("CONFIRMED");
            assertThat(rows.get(oldCancelled).status()).isEqualTo("CANCELLED");
            assertThat(ledger.find(new BookingCode(oldByPhone)).orElseThrow().sessionId()).isEqualTo(old);

            // the newer ones keep everything
            assertThat(rows.get(nextDay)).isEqualTo(new Row("CONFIRMED", "Carla Dopo", "+393331114444", null, "tel:+393331114444", false));
            assertThat(rows.get(recent)).isEqualTo(new Row("CONFIRMED", "Dario Recente", "+393331115555", null, "tel:+393331115555",
                false));
            assertThat(rows.get(upcoming)).isEqualTo(new Row("CONFIRMED", "Elena Futura", "+393331116666", null, "tel:+393331116666",
                false));
            assertThat(ledger.activeFor(Holder.of("Elena Futura", "333 111 6666", null))).extracting(Booking::code)
                .containsExactly(upcoming);

            // and only the key younger than 72 hours is left
            assertThat(keys(database)).containsExactly("key-71h");
            assertThat(ledger.book(ACTIVITY + "@2030-04-05T10:00", Holder.of("Elena Futura", "333 111 6666", null), KIOSK, "key-71h")
                .replayed()).isTrue();

            // a second run finds nothing more to do
            assertThat(retention.run()).isEqualTo(new BookingRetention.Purged(0, 0));
            assertThat(rows(database)).isEqualTo(rows);
        } finally {
            TestDatabases.drop(url);
        }
    }

    private static String book(BookingLedger ledger, String session, Holder holder, String key) {
        BookingLedger.Response response = ledger.book(session, holder, KIOSK, key);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.booking().code();
    }

    private static Activity dailyActivity() {
        return new Activity(ACTIVITY, "Prova di conservazione", "Attività di prova, ogni giorno alle dieci.", "csrc-zante", "Salone",
            null, null, new WeeklyRecurrence(EnumSet.allOf(DayOfWeek.class), LocalTime.of(10, 0), Duration.ofMinutes(60),
            LocalDate.of(2030, 1, 1), null, 1, List.of(), false),
            5, true, List.of("prova"), new Provenance(LocalDate.of(2026, 11, 20), "Test", false));
    }

    record Row(String status, String name, String phone, String card, String holderKey, boolean anonymised) {
    }

    private static Map<String, Row> rows(Database database) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                 "SELECT code, status, name, phone, card, holder_key, anonymised FROM booking ORDER BY code");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.put(result.getString("code"), new Row(result.getString("status"), result.getString("name"),
                    result.getString("phone"), result.getString("card"), result.getString("holder_key"), result.getBoolean("anonymised")));
            }
        }
        return rows;
    }

    private static List<String> keys(Database database) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT idem_key FROM idempotency_key ORDER BY idem_key");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                keys.add(result.getString(1));
            }
        }
        return keys;
    }

    /** A clock that stands still until the test moves it; its copies in other zones move with it. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        MutableClock(Instant start) {
            this(new AtomicReference<>(start), ZoneOffset.UTC);
        }

        private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MutableClock(now, other);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
