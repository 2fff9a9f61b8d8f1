package it.centrinrete.server.questions;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.server.persistence.UnansweredLog.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Near-duplicate questions meet in one group, with a count; different questions stay apart. */
class QuestionGroupsTest {
    private final List<Question> asked = new ArrayList<>();

    private void ask(String text) {
        asked.add(new Question(asked.size() + 1, text, "kiosk-1", Instant.parse("2026-11-20T10:00:00Z").plusSeconds(asked.size())));
    }

    @Test
    void wordingsOfOneQuestionFormOneGroupCountedAndShownByTheCommonestWording() {
        // given
        ask("Dove si gioca a bocce?");
        ask("dove si gioca a bocce");
        ask("Scusi, dove si può giocare alle bocce?");
        ask("Chi ha vinto il campionato di calcio?");
        ask("DOVE SI GIOCA A BOCCE");

        // when
        List<QuestionGroup> groups = QuestionGroups.of(asked);

        // then
        assertThat(groups).hasSize(2);
        QuestionGroup bocce = groups.getFirst();
        assertThat(bocce.count()).isEqualTo(4);
        assertThat(bocce.ids()).containsExactlyInAnyOrder(1L, 2L, 3L, 5L);
        assertThat(QuestionGroups.normal(bocce.text())).isEqualTo("dove si gioca a bocce");
        assertThat(bocce.variants()).containsExactly("Scusi, dove si può giocare alle bocce?");
        assertThat(bocce.lastAsked()).isEqualTo(asked.get(4).askedAt());
        assertThat(groups.get(1).text()).isEqualTo("Chi ha vinto il campionato di calcio?");
        assertThat(groups.get(1).count()).isEqualTo(1);
    }

    @Test
    void questionsSharingOnlyLittleWordsStayApart() {
        ask("Quando apre la piscina?");
        ask("Quando apre la biblioteca?");
        ask("Dove trovo un idraulico?");

        assertThat(QuestionGroups.of(asked)).hasSize(3);
    }

    @Test
    void accentsCaseAndPunctuationDoNotMatter() {
        assertThat(QuestionGroups.normal("Perché È CHIUSO, oggi?!")).isEqualTo("perche e chiuso oggi");
        assertThat(QuestionGroups.words("Vorrei prenotare la ginnastica")).isEqualTo(QuestionGroups.words("prenotazione ginnastica"));
    }
}
