package it.centrinrete.kb.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.hours.MilanTime;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ActivitySessionTest {
    private static final LocalDateTime TUESDAY_AT_TEN = LocalDateTime.of(2026, 9, 15, 10, 0);

    @Test
    void buildsTheSessionInMilanTimeWithItsId() {
        // when
        ActivitySession session = ActivitySession.of("ginnastica-dolce-zante", TUESDAY_AT_TEN, Duration.ofMinutes(60), 15);

        // then
        assertThat(session.id()).isEqualTo("ginnastica-dolce-zante@2026-09-15T10:00");
        assertThat(session.activityId()).isEqualTo("ginnastica-dolce-zante");
        assertThat(session.start()).isEqualTo(ZonedDateTime.of(TUESDAY_AT_TEN, MilanTime.ZONE));
        assertThat(session.end()).isEqualTo(ZonedDateTime.of(TUESDAY_AT_TEN.plusHours(1), MilanTime.ZONE));
        assertThat(session.capacity()).isEqualTo(15);
        assertThat(session.duration()).isEqualTo(Duration.ofMinutes(60));
        assertThat(session.sessionId()).isEqualTo(new SessionId("ginnastica-dolce-zante", TUESDAY_AT_TEN));
    }

    @Test
    void idForUsesTheSessionIdForm() {
        // when
        String id = ActivitySession.idFor("burraco", LocalDateTime.of(2026, 12, 3, 15, 30));

        // then
        assertThat(id).isEqualTo("burraco@2026-12-03T15:30");
        assertThat(SessionId.parse(id).start()).isEqualTo(LocalDateTime.of(2026, 12, 3, 15, 30));
    }

    @Test
    void keepsStartAndEndInMilanTimeWhenGivenInUtc() {
        // given 08:00 UTC is 10:00 in Milan in September
        ZonedDateTime start = ZonedDateTime.of(2026, 9, 15, 8, 0, 0, 0, ZoneOffset.UTC);

        // when
        ActivitySession session = new ActivitySession("ginnastica@2026-09-15T10:00", "ginnastica", start, start.plusHours(1), 10);

        // then
        assertThat(session.start().getZone()).isEqualTo(MilanTime.ZONE);
        assertThat(session.start().toLocalDateTime()).isEqualTo(TUESDAY_AT_TEN);
    }

    @Test
    void aSessionAcrossTheAutumnClockChangeLastsItsRealDuration() {
        // given two hours from 01:30 on 25 October 2026, when 03:00 becomes 02:00 again
        LocalDateTime start = LocalDateTime.of(2026, 10, 25, 1, 30);

        // when
        ActivitySession session = ActivitySession.of("veglia", start, Duration.ofHours(2), 20);

        // then
        assertThat(session.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(session.end()).isEqualTo(ZonedDateTime.ofLocal(LocalDateTime.of(2026, 10, 25, 2, 30), MilanTime.ZONE,
            ZoneOffset.ofHours(1)));
    }

    @Test
    void refusesCapacityOutsideOneToFiveHundred() {
        // when / then
        assertThatThrownBy(() -> ActivitySession.of("ginnastica", TUESDAY_AT_TEN, Duration.ofMinutes(60), 0))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage("capacity: must be from 1 to 500 seats, not '0'");
        assertThatThrownBy(() -> ActivitySession.of("ginnastica", TUESDAY_AT_TEN, Duration.ofMinutes(60), 501))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("'501'");
    }

    @Test
    void acceptsOneAndFiveHundredSeats() {
        // when / then
        assertThat(ActivitySession.of("ginnastica", TUESDAY_AT_TEN, Duration.ofMinutes(60), 1).capacity()).isEqualTo(1);
        assertThat(ActivitySession.of("ginnastica", TUESDAY_AT_TEN, Duration.ofMinutes(60), 500).capacity()).isEqualTo(500);
    }

    @Test
    void refusesAnEndNotAfterTheStart() {
        // given
        ZonedDateTime start = ZonedDateTime.of(TUESDAY_AT_TEN, MilanTime.ZONE);

        // when / then
        assertThatThrownBy(() -> new ActivitySession("ginnastica@2026-09-15T10:00", "ginnastica", start, start, 10))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> new ActivitySession("ginnastica@2026-09-15T10:00", "ginnastica", start, start.minusMinutes(1), 10))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageContaining("must end after it starts");
    }

    @Test
    void refusesAnIdThatDoesNotMatchTheActivityAndStart() {
        // given
        ZonedDateTime start = ZonedDateTime.of(TUESDAY_AT_TEN, MilanTime.ZONE);

        // when / then
        assertThatThrownBy(() -> new ActivitySession("ginnastica@2026-09-15T11:00", "ginnastica", start, start.plusHours(1), 10))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage("activitySessionId: 'ginnastica@2026-09-15T11:00' does not match the activity and start,"
                + " which give 'ginnastica@2026-09-15T10:00'");
    }

    @Test
    void refusesAnInvalidActivityId() {
        // when / then
        assertThatThrownBy(() -> ActivitySession.of("ginnastica dolce", TUESDAY_AT_TEN, Duration.ofMinutes(60), 10))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageStartingWith("id: ");
    }
}
