package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenChoicesTest {

    @Test
    void yesAndNoInTheWaysPeopleSayThem() {
        List<String> done = new ArrayList<>();
        SpokenChoices choices = SpokenChoices.yesOrNo(() -> done.add("yes"), () -> done.add("no"));

        choices.meaning().apply("Sì").ifPresent(Runnable::run);
        choices.meaning().apply("va bene").ifPresent(Runnable::run);
        choices.meaning().apply("no").ifPresent(Runnable::run);

        assertThat(done).containsExactly("yes", "yes", "no");
        assertThat(choices.meaning().apply("boh")).isEmpty();
        assertThat(choices.meaning().apply("")).isEmpty();
    }

    @Test
    void digitsAreTypedOnlyWhenEveryWordIsADigit() {
        List<String> typed = new ArrayList<>();
        SpokenChoices choices = SpokenChoices.digits(typed::add);

        choices.meaning().apply("zero due otto otto").ifPresent(Runnable::run);

        assertThat(typed).containsExactly("0", "2", "8", "8");
        assertThat(choices.meaning().apply("due [unk]")).isEmpty();
    }

    @Test
    void aTitleShownTwiceOnThePageIsLeftToTouch() {
        List<String> booked = new ArrayList<>();
        SpokenChoices choices = SpokenChoices.activities(List.of(FakeAssistant.slot("a", "Coro", 5, false),
            FakeAssistant.slot("b", "Ginnastica dolce", 5, false), FakeAssistant.slot("c", "Ginnastica dolce", 5, false)),
            slot -> booked.add(slot.id()));

        assertThat(choices.phrases()).containsExactly("Coro");
        choices.meaning().apply("coro").ifPresent(Runnable::run);
        assertThat(booked).containsExactly("a");
        assertThat(choices.meaning().apply("ginnastica dolce")).isEmpty();
    }
}
