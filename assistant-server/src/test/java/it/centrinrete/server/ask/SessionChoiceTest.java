package it.centrinrete.server.ask;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.booking.SessionStatus;
import it.centrinrete.server.booking.SessionView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionChoiceTest {
    /** Wednesday 25 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final SessionView THURSDAY = session(LocalDateTime.of(2026, 11, 26, 10, 0));
    private static final SessionView TUESDAY = session(LocalDateTime.of(2026, 12, 1, 10, 0));
    private static final SessionView THURSDAY_AFTER = session(LocalDateTime.of(2026, 12, 3, 10, 0));
    private static final SessionView TUESDAY_AFTERNOON = session(LocalDateTime.of(2026, 12, 8, 15, 0));
    private static final SessionView LATER = session(LocalDateTime.of(2026, 12, 10, 10, 0));
    private static final List<SessionView> OFFERED = List.of(THURSDAY, TUESDAY, THURSDAY_AFTER);
    private static final List<SessionView> UPCOMING = List.of(THURSDAY, TUESDAY, THURSDAY_AFTER, TUESDAY_AFTERNOON, LATER);

    private static SessionView session(LocalDateTime start) {
        ZonedDateTime begins = start.atZone(MilanTime.ZONE);
        return new SessionView("ginnastica-dolce-zante@" + start, "ginnastica-dolce-zante", "Ginnastica dolce", "csrc-zante",
            begins, begins.plusHours(1), 20, 0, 0, true, SessionStatus.SCHEDULED, null, false);
    }

    private static SessionView pick(String said) {
        return SessionChoice.pick(Intent.normalise(said), OFFERED, UPCOMING, TODAY).orElse(null);
    }

    @Test
    void aPositionIsOneOfWhatWasReadOut() {
        assertThat(pick("il primo")).isEqualTo(THURSDAY);
        assertThat(pick("la seconda")).isEqualTo(TUESDAY);
        assertThat(pick("il terzo")).isEqualTo(THURSDAY_AFTER);
        assertThat(pick("l'ultimo")).isEqualTo(THURSDAY_AFTER);
    }

    @Test
    void aDayOrADateIsLookedForFirstAmongWhatWasOfferedThenAmongAllSessions() {
        assertThat(pick("domani")).isEqualTo(THURSDAY);
        assertThat(pick("martedì")).isEqualTo(TUESDAY);
        assertThat(pick("no, giovedì 3 dicembre")).isEqualTo(THURSDAY_AFTER);
        assertThat(pick("il primo dicembre")).isEqualTo(TUESDAY);
        assertThat(pick("il 10 dicembre")).isEqualTo(LATER);
        assertThat(pick("l'otto dicembre alle tre")).isEqualTo(TUESDAY_AFTERNOON);
        assertThat(pick("l'otto dicembre alle dieci")).isNull();
        assertThat(pick("martedì otto dicembre alle tre del pomeriggio")).isEqualTo(TUESDAY_AFTERNOON);
        assertThat(pick("il 9 dicembre")).isNull();
    }

    @Test
    void aButtonLabelSentBackChoosesItsSession() {
        assertThat(pick("domani, giovedì 26 novembre alle 10:00")).isEqualTo(THURSDAY);
        assertThat(pick("martedì 1 dicembre alle 10:00")).isEqualTo(TUESDAY);
    }

    @Test
    void yesChoosesOnlyWhenOneWasOffered() {
        assertThat(SessionChoice.pick("si", List.of(TUESDAY), UPCOMING, TODAY)).contains(TUESDAY);
        assertThat(pick("sì")).isNull();
        assertThat(pick("il gatto sul tetto")).isNull();
    }
}
