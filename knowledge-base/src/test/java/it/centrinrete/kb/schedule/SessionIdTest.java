package it.centrinrete.kb.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.InvalidEntryException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdTest {
    @Test
    void writesTheActivityAndTheLocalStartToTheMinute() {
        // given
        SessionId id = new SessionId("ginnastica-dolce-zante", LocalDateTime.of(2026, 9, 15, 10, 0));

        // when
        String text = id.toString();

        // then
        assertThat(text).isEqualTo("ginnastica-dolce-zante@2026-09-15T10:00");
    }

    @Test
    void readsBackWhatItWrites() {
        // given
        SessionId id = new SessionId("corso.smartphone_2", LocalDateTime.of(2027, 1, 5, 9, 5));

        // when
        SessionId read = SessionId.parse(id.toString());

        // then
        assertThat(read).isEqualTo(id);
        assertThat(read.activityId()).isEqualTo("corso.smartphone_2");
        assertThat(read.start()).isEqualTo(LocalDateTime.of(2027, 1, 5, 9, 5));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "ginnastica-dolce-zante",
        "ginnastica-dolce-zante@",
        "@2026-09-15T10:00",
        "ginnastica-dolce-zante@2026-09-15",
        "ginnastica-dolce-zante@2026-09-15T10:00:00",
        "ginnastica-dolce-zante@2026-09-15 10:00",
        "ginnastica-dolce-zante@2026-13-01T10:00",
        "ginnastica-dolce-zante@2026-02-30T10:00",
        "ginnastica-dolce-zante@2026-09-15T24:00",
        "ginnastica dolce@2026-09-15T10:00",
        "a@b@2026-09-15T10:00",
    })
    void refusesMalformedIdsQuotingThem(String text) {
        // when / then
        assertThatThrownBy(() -> SessionId.parse(text))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessage("activitySessionId: '" + text + "' is not a session id like ginnastica-dolce-zante@2026-09-15T10:00")
            .satisfies(e -> assertThat(((InvalidEntryException) e).field()).isEqualTo("activitySessionId"));
    }

    @Test
    void refusesAStartWithSeconds() {
        // when / then
        assertThatThrownBy(() -> new SessionId("ginnastica", LocalDateTime.of(2026, 9, 15, 10, 0, 30)))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageStartingWith("activitySessionId: ");
    }

    @Test
    void refusesAnInvalidActivityId() {
        // when / then
        assertThatThrownBy(() -> new SessionId("", LocalDateTime.of(2026, 9, 15, 10, 0)))
            .isInstanceOf(InvalidEntryException.class)
            .hasMessageStartingWith("activitySessionId: the activity id must be");
    }
}
