package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.SessionSlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a person can say on a screen that waits for a choice: yes or no to a read-back, the digits of a phone number,
 * the name of an activity on the page. The recogniser then listens only for these words (a Vosk grammar), which it
 * hears far more reliably than free speech, and anything else is not forced onto them.
 *
 * @param phrases what the recogniser may hear, as the screen spells it
 * @param meaning what a heard phrase does, if it means anything here
 */
record SpokenChoices(List<String> phrases, Function<String, Optional<Runnable>> meaning) {
    static final SpokenChoices NONE = new SpokenChoices(List.of(), heard -> Optional.empty());

    private static final List<String> YES = List.of("sì", "si", "va bene", "confermo", "esatto", "certo");
    private static final List<String> NO = List.of("no", "correggi", "sbagliato", "non va bene");
    private static final List<String> DIGITS = List.of("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto",
        "nove");

    SpokenChoices {
        phrases = List.copyOf(phrases);
    }

    /** The choices of the screen the kiosk shows now; {@link #NONE} where a free question is expected. */
    static SpokenChoices on(KioskModel model, KioskController controller) {
        return switch (model.screen.get()) {
            case BOOKING_CHECK -> yesOrNo(controller::confirmBooking, controller::correctBooking);
            case CANCEL_CHECK -> yesOrNo(controller::confirmCancel, controller::keepBooking);
            case BOOKING_PHONE -> digits(controller::keyTyped);
            case ACTIVITIES -> activities(controller.currentPage(), controller::startBooking);
            default -> NONE;
        };
    }

    static SpokenChoices yesOrNo(Runnable yes, Runnable no) {
        List<String> phrases = new ArrayList<>(YES);
        phrases.addAll(NO);
        return new SpokenChoices(phrases, heard -> {
            String said = normalise(heard);
            if (YES.contains(said)) {
                return Optional.of(yes);
            }
            return NO.contains(said) ? Optional.of(no) : Optional.empty();
        });
    }

    /** "tre tre tre due": each digit is typed in turn, as on the keypad. */
    static SpokenChoices digits(Consumer<String> type) {
        return new SpokenChoices(DIGITS, heard -> {
            List<String> typed = new ArrayList<>();
            for (String word : normalise(heard).split(" ")) {
                int digit = DIGITS.indexOf(word);
                if (digit < 0) {
                    return Optional.empty();
                }
                typed.add(Integer.toString(digit));
            }
            return typed.isEmpty() ? Optional.empty() : Optional.of(() -> typed.forEach(type));
        });
    }

    /** The titles on the page; a title shown twice (two days of the same course) is left to touch, as it is ambiguous. */
    static SpokenChoices activities(List<SessionSlot> page, Consumer<SessionSlot> book) {
        Map<String, SessionSlot> byTitle = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (SessionSlot slot : page) {
            if (!slot.bookable()) {
                continue;
            }
            if (byTitle.putIfAbsent(normalise(slot.title()), slot) != null) {
                twice.add(normalise(slot.title()));
            }
        }
        twice.forEach(byTitle::remove);
        List<String> phrases = byTitle.values().stream().map(SessionSlot::title).toList();
        return new SpokenChoices(phrases, heard -> Optional.ofNullable(byTitle.get(normalise(heard))).map(slot -> () -> book.accept(slot)));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ITALIAN).replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }
}
