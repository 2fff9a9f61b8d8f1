package it.centrinrete.server.ask;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.Guide;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.content.GuideStep;
import it.centrinrete.kb.hours.HolidayCalendar;
import it.centrinrete.kb.search.SearchResult;
import it.centrinrete.server.booking.BookingLedger;
import it.centrinrete.server.booking.SessionCalendar;
import it.centrinrete.server.helpcalls.HelpCalls;
import it.centrinrete.server.knowledge.Knowledge;
import it.centrinrete.server.persistence.UnansweredLog;
import it.centrinrete.server.security.Kiosk;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a kiosk's question: the conversational moves (greet, thank, repeat, slower, operator) from the
 * conversation's state, everything else from the knowledge base — grounded in the entry found, or, when the
 * search is not sure, a kind "I don't know" that offers an operator and leaves the question for operators.
 */
public final class Assistant {
    /** Sessions listed in one "what's on" answer: more would be too much to hear at once. */
    private static final int WHATS_ON_LIMIT = 5;
    private static final Pattern ABOUT_HERE = Pattern.compile(".*\\b(centro|qui|qua)\\b.*");

    private final Knowledge knowledge;
    private final Conversations conversations;
    private final AnswerComposer composer;
    private final UnansweredLog unanswered;
    private final BookingDialogue booking;
    private final HelpCalls helpCalls;

    public Assistant(Knowledge knowledge, UnansweredLog unanswered, SessionCalendar calendar, BookingLedger ledger, HelpCalls helpCalls,
                     Clock clock, int maxSessions, Duration idle) {
        this.knowledge = knowledge;
        this.helpCalls = helpCalls;
        this.unanswered = unanswered;
        this.conversations = new Conversations(maxSessions, idle, clock);
        this.composer = new AnswerComposer(clock, HolidayCalendar.milan());
        this.booking = new BookingDialogue(knowledge, calendar, ledger, composer, clock);
    }

    public Answer ask(AskRequest request, Kiosk kiosk) {
        Conversations.State state = conversations.resume(request.sessionId());
        Intent intent = Intent.of(request.text());
        Answer answer = answer(request, kiosk, state, intent);
        Answer inSession = answer.inSession(state.id());
        if (intent != Intent.REPEAT && intent != Intent.SLOWER) {
            state.remember(inSession);
        }
        return inSession;
    }

    private Answer answer(AskRequest request, Kiosk kiosk, Conversations.State state, Intent intent) {
        if (state.booking() != null && intent != Intent.REPEAT && intent != Intent.SLOWER && intent != Intent.CALL_OPERATOR) {
            Optional<Answer> next = booking.proceed(request.text(), intent, kiosk, state);
            if (next.isPresent()) {
                return next.get();
            }
        }
        return switch (intent) {
            case GREETING -> spoken(intent, composer.say("greeting"));
            case THANKS -> spoken(intent, composer.say("thanks"));
            case CALL_OPERATOR -> {
                state.booking(null);
                // the person asked for someone: the centre's consoles hear of it now (an offer of an operator is not a call)
                helpCalls.call(kiosk, HelpCalls.ASKED);
                yield spoken(intent, composer.say("operator"), List.of(Map.of("type", "call_operator")));
            }
            case REPEAT, SLOWER -> repeat(state, intent);
            case BOOK -> booking.book(request.text(), kiosk, state)
                .orElseGet(() -> inform(request.text(), Intent.INFORMATION, kiosk, state));
            case CANCEL_BOOKING -> booking.cancel(request.text(), state);
            case MY_BOOKINGS -> booking.mine(request.text(), state);
            case NEXT_STEP, PREVIOUS_STEP, RESTART_GUIDE -> guideStep(state, intent);
            case WHATS_ON -> whatsOn(request.text(), kiosk).orElseGet(() -> inform(request.text(), Intent.INFORMATION, kiosk, state));
            default -> inform(request.text(), intent, kiosk, state);
        };
    }

    private Answer spoken(Intent intent, String text) {
        return spoken(intent, text, List.of());
    }

    /** An answer from the conversation itself, not from an entry: nothing to cite. */
    private Answer spoken(Intent intent, String text, List<Map<String, Object>> actions) {
        return new Answer(null, true, intent.wireName(), text, SpeechText.of(text), List.of(), List.of(), actions, 1);
    }

    private Answer repeat(Conversations.State state, Intent intent) {
        Answer last = state.lastAnswer();
        if (last == null) {
            return spoken(intent, composer.say("nothingToRepeat"));
        }
        List<Map<String, Object>> actions = new ArrayList<>(last.actions());
        if (intent == Intent.SLOWER) {
            actions.add(Map.of("type", "speak_slower"));
        }
        return new Answer(null, last.answered(), intent.wireName(), last.text(), last.speech(), last.sources(),
            last.suggestions(), actions, last.confidence());
    }

    /**
     * "Cosa c'è domani al centro?": the sessions at the kiosk's centre on the days named (the next seven when none
     * is). Without a day and without the kiosk's centre it is an ordinary question ("cosa c'è per chi è solo?").
     */
    private Optional<Answer> whatsOn(String question, Kiosk kiosk) {
        String text = Intent.normalise(question);
        Optional<DateWords.Days> named = DateWords.find(text, composer.today());
        Optional<Centre> centre = kiosk.centreId() == null ? Optional.empty()
            : knowledge.content().find(kiosk.centreId(), Centre.class);
        boolean aboutHere = ABOUT_HERE.matcher(text).matches();
        if (centre.isEmpty() || named.isEmpty() && !aboutHere) {
            return Optional.empty();
        }
        DateWords.Days days = named.orElse(new DateWords.Days(composer.today(), composer.today().plusDays(6),
            composer.say("whatsOnDefaultLabel")));
        List<Activity> here = knowledge.content().activitiesAt(centre.get().id());
        AnswerComposer.Composed composed = composer.whatsOn(here, centre.get().name(), days, WHATS_ON_LIMIT);
        List<Answer.Source> sources = composed.cited().stream()
            .map(entry -> new Answer.Source(entry.id(), entry.title(), entry.type().wireName())).toList();
        return Optional.of(new Answer(null, true, Intent.WHATS_ON.wireName(), composed.text(), SpeechText.of(composed.text()),
            sources, List.of(composer.say("suggestRepeat")), composed.actions(), 1));
    }

    /** "Siete aperti giovedì alle tre?": the hours of a place on the day and at the time the question names, if any. */
    private Optional<AnswerComposer.Composed> openingOn(String question, Entry entry) {
        String text = Intent.normalise(question);
        Optional<DateWords.Days> day = DateWords.find(text, composer.today());
        Optional<LocalTime> time = TimeWords.find(text);
        if (day.isEmpty() && time.isEmpty()) {
            return Optional.empty();
        }
        DateWords.Days when = day.orElse(new DateWords.Days(composer.today(), composer.today(), "oggi"));
        return switch (entry) {
            case Centre centre when !centre.openingHours().isEmpty() -> Optional.of(new AnswerComposer.Composed(
                composer.openOn(centre.name(), centre.openingHours(), when, time), List.of()));
            case Service service when !service.openingHours().isEmpty() -> Optional.of(new AnswerComposer.Composed(
                composer.openOn(service.name(), service.openingHours(), when, time), List.of()));
            default -> Optional.empty();
        };
    }

    /** Moves through the guide the conversation is following, one step per answer. */
    private Answer guideStep(Conversations.State state, Intent intent) {
        Optional<Guide> guide = state.guideId() == null ? Optional.empty()
            : knowledge.content().find(state.guideId(), Guide.class);
        if (guide.isEmpty()) {
            return spoken(intent, composer.say("noGuide"));
        }
        int steps = guide.get().steps().size();
        int current = state.guideStep();
        int next = switch (intent) {
            case NEXT_STEP -> current + 1;
            case PREVIOUS_STEP -> Math.max(1, current - 1);
            default -> 1;
        };
        String text;
        if (next > steps) {
            text = composer.say("guideDone", guide.get().title());
            next = steps;
        } else {
            GuideStep step = guide.get().steps().get(next - 1);
            text = composer.say("guideStep", next, steps, step.text())
                + (step.hint().isEmpty() ? "" : " " + composer.say("guideHint", step.hint()));
            if (intent == Intent.PREVIOUS_STEP && current == 1) {
                text = composer.say("guideAtStart", text);
            }
        }
        state.follow(guide.get().id(), next);
        List<String> suggestions = List.of(composer.say("suggestNext"), composer.say("suggestBack"), composer.say("suggestRepeat"));
        return new Answer(null, true, intent.wireName(), text, SpeechText.of(text),
            List.of(new Answer.Source(guide.get().id(), guide.get().title(), "guide")), suggestions,
            List.of(Map.of("type", "show_guide_step", "guideId", guide.get().id(), "step", next)), 1);
    }

    private Answer inform(String question, Intent intent, Kiosk kiosk, Conversations.State state) {
        SearchResult result = knowledge.search(question, kiosk.centreId());
        List<Entry> found = result.hits().stream()
            .map(hit -> knowledge.content().find(hit.id()))
            .flatMap(Optional::stream)
            .toList();
        if (!result.answerable() || found.isEmpty()) {
            unanswered.record(question, kiosk.name());
            List<String> maybe = found.stream().limit(2).map(Entry::title).toList();
            String text = maybe.isEmpty() ? composer.say("unknown") : composer.say("unknownDidYouMean", String.join(" o ", maybe));
            List<String> suggestions = new ArrayList<>(maybe);
            suggestions.add(composer.say("suggestOperator"));
            return new Answer(null, false, "out_of_scope", text, SpeechText.of(text), List.of(), suggestions,
                List.of(Map.of("type", "call_operator")), result.confidence());
        }
        Entry main = found.get(0);
        if (main instanceof Guide guide) {
            state.follow(guide.id(), 1);
        }
        AnswerComposer.Composed composed = intent == Intent.OPENING_HOURS ? openingOn(question, main)
            .orElseGet(() -> composer.compose(main, knowledge.content(), true)) : composer.compose(main, knowledge.content(), false);
        List<Answer.Source> sources = List.of(new Answer.Source(main.id(), main.title(), main.type().wireName()));
        List<String> suggestions = new ArrayList<>(found.stream().skip(1).limit(2).map(Entry::title).toList());
        suggestions.add(composer.say("suggestRepeat"));
        return new Answer(null, true, intent.wireName(), composed.text(), SpeechText.of(composed.text()), sources,
            suggestions, composed.actions(), result.confidence());
    }
}
