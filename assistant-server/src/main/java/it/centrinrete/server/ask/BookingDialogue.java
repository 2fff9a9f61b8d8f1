package it.centrinrete.server.ask;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.search.SearchResult;
import it.centrinrete.server.ask.BookingTalk.Step;
import it.centrinrete.server.booking.Booking;
import it.centrinrete.server.booking.BookingCode;
import it.centrinrete.server.booking.BookingLedger;
import it.centrinrete.server.booking.BookingRefusal;
import it.centrinrete.server.booking.BookingStatus;
import it.centrinrete.server.booking.Holder;
import it.centrinrete.server.booking.InvalidBookingException;
import it.centrinrete.server.booking.PhoneNumber;
import it.centrinrete.server.booking.SessionCalendar;
import it.centrinrete.server.booking.SessionView;
import it.centrinrete.server.knowledge.Knowledge;
import it.centrinrete.server.security.Kiosk;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Booking by voice, one question at a time: which activity → which of the next sessions → name → phone, read back in
 * digit groups → confirm → the code, spelled. Also cancelling by code and "le mie prenotazioni" by phone. At any step
 * the person may correct ("no, giovedì", "ho sbagliato il numero") or give up ("lascia perdere"); after two answers in
 * a row that it cannot understand it stops and offers an operator rather than insisting.
 */
final class BookingDialogue {
    /** Sessions read out at once: more than three cannot be remembered when heard. */
    private static final int OFFERED = 3;
    private static final int MOST_MISSES = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ITALIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern WRONG_PHONE = Pattern.compile("\\b(sbagliat\\w* (il |l )?(numero|telefono)"
        + "|(numero|telefono) (e )?sbagliat\\w*|cambia(re)? (il )?(numero|telefono))\\b");
    private static final Pattern WRONG_NAME = Pattern.compile("\\b(sbagliat\\w* (il )?nome|nome (e )?sbagliat\\w*|cambia(re)? (il )?nome"
        + "|mi chiamo)\\b");
    private static final Pattern CHANGE_DAY = Pattern.compile("\\b(giorno|data|orario|ora|quando|altro giorno|un altro)\\b");
    private static final Pattern CHANGE_NAME = Pattern.compile("\\bnome\\b");
    private static final Pattern CHANGE_PHONE = Pattern.compile("\\b(numero|telefono|cellulare)\\b");
    private static final Set<String> WISH_WORDS = Set.of("vorrei", "voglio", "volevo", "posso", "potrei", "mi", "ci", "si", "lo",
        "la", "le", "un", "una", "uno", "il", "per", "favore", "piacere", "fare", "allora", "anche", "io", "ok", "va", "bene", "adesso",
        "ora", "subito", "qui", "posto", "partecipare", "segnare", "segnarmi", "segnami", "riservare", "a", "al", "alla", "e", "come",
        "poter", "potere", "desidero", "grazie", "ecco", "ancora", "questa", "questo", "quella", "quello", "attivita", "corso");
    private static final Pattern BOOK_WORD = Pattern.compile("(prenot|iscriv|iscrizion)\\w*");
    private static final Pattern NOTHING = Pattern.compile("^(niente|nulla|va bene cosi|e giusto cosi|tutto giusto|nessuno)\\b");

    private final Knowledge knowledge;
    private final SessionCalendar calendar;
    private final BookingLedger ledger;
    private final AnswerComposer composer;
    private final Clock clock;

    BookingDialogue(Knowledge knowledge, SessionCalendar calendar, BookingLedger ledger, AnswerComposer composer, Clock clock) {
        this.knowledge = knowledge;
        this.calendar = calendar;
        this.ledger = ledger;
        this.composer = composer;
        this.clock = clock;
    }

    // ---- starting

    /**
     * "Vorrei iscrivermi alla ginnastica dolce di martedì". Empty when the wish is not about one of our activities
     * ("come prenoto una visita al CUP?"): that is a question for the knowledge base.
     */
    Optional<Answer> book(String question, Kiosk kiosk, Conversations.State state) {
        String text = Intent.normalise(question);
        SearchResult general = knowledge.search(question, kiosk.centreId());
        Optional<Entry> top = general.hits().stream().findFirst().flatMap(hit -> knowledge.content().find(hit.id()));
        Optional<Activity> activity;
        if (onlyTheWish(text)) {
            // "vorrei prenotarmi": nothing says what, so not a question for the search; what was just described, or ask
            activity = activityInContext(state);
        } else if (general.answerable() && top.isPresent()) {
            if (!(top.get() instanceof Activity found)) {
                return Optional.empty();
            }
            activity = Optional.of(found);
        } else {
            activity = activityNamed(question, kiosk).or(() -> activityInContext(state));
        }
        if (activity.isEmpty()) {
            return Optional.of(askActivity(kiosk, state, BookingTalk.start(Step.ACTIVITY)));
        }
        return Optional.of(offer(activity.get(), text, state, BookingTalk.start(Step.SESSION)));
    }

    /** Whether the words say only "I want to book" and nothing about what. */
    private static boolean onlyTheWish(String normalised) {
        for (String word : normalised.split(" ")) {
            if (!word.isEmpty() && !WISH_WORDS.contains(word) && !BOOK_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    private Optional<Activity> activityNamed(String question, Kiosk kiosk) {
        SearchResult result = knowledge.search(question, kiosk.centreId(), Set.of(EntryType.ACTIVITY));
        if (!result.answerable() || result.hits().isEmpty()) {
            return Optional.empty();
        }
        return knowledge.content().find(result.hits().get(0).id(), Activity.class);
    }

    /** The activity the last answer was about, so "sì, vorrei iscrivermi" books what was just described. */
    private Optional<Activity> activityInContext(Conversations.State state) {
        Answer last = state.lastAnswer();
        if (last == null) {
            return Optional.empty();
        }
        return last.sources().stream().filter(source -> source.type().equals("activity")).findFirst()
            .flatMap(source -> knowledge.content().find(source.id(), Activity.class));
    }

    private Answer askActivity(Kiosk kiosk, Conversations.State state, BookingTalk talk) {
        List<String> here = kiosk.centreId() == null ? List.of() : knowledge.content().activitiesAt(kiosk.centreId()).stream()
            .map(Activity::title).distinct().limit(6).toList();
        String text = here.isEmpty() ? composer.say("bookWhichAnywhere")
            : composer.say("bookWhich", centreName(kiosk.centreId()), String.join(", ", here));
        state.booking(talk.at(Step.ACTIVITY));
        List<String> suggestions = new ArrayList<>(here.stream().limit(4).toList());
        suggestions.add(composer.say("suggestStop"));
        return answer(Intent.BOOK, text, SpeechText.of(text), suggestions, List.of(), null);
    }

    /** Reads out the next sessions of an activity, or books straight away the one the wish already named. */
    private Answer offer(Activity activity, String text, Conversations.State state, BookingTalk talk) {
        List<SessionView> upcoming = upcoming(activity);
        if (upcoming.isEmpty()) {
            state.booking(null);
            String said = composer.say("bookNoSessions", activity.title(), centreName(activity.centre()));
            return answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestOperator")),
                List.of(Map.of("type", "call_operator")), activity);
        }
        if (SessionChoice.namesADay(text, today())) {
            Optional<SessionView> named = SessionChoice.pick(text, List.of(), upcoming, today());
            if (named.isPresent()) {
                return chosen(named.get(), state, talk.offering(activity.id(), List.of(named.get().id())));
            }
        }
        List<SessionView> offered = upcoming.stream().limit(OFFERED).toList();
        BookingTalk next = talk.offering(activity.id(), offered.stream().map(SessionView::id).toList());
        state.booking(next);
        String place = centreName(activity.centre());
        List<String> labels = offered.stream().map(this::label).toList();
        String said = offered.size() == 1 ? composer.say("bookOfferOne", activity.title(), place, labels.get(0))
            : composer.say("bookOffer", activity.title(), place, oneOf(labels));
        List<String> suggestions = new ArrayList<>(offered.stream().map(this::buttonLabel).toList());
        suggestions.add(composer.say("suggestStop"));
        return answer(Intent.BOOK, said, SpeechText.of(said), suggestions, List.of(), activity);
    }

    /** Sessions of the activity that can be booked now and have a seat or a waiting list, soonest first. */
    private List<SessionView> upcoming(Activity activity) {
        LocalDate today = today();
        return calendar.between(today, today.plusDays(ledger.rules().horizon().toDays()), activity.centre(), false).stream()
            .filter(session -> session.activityId().equals(activity.id()))
            .filter(ledger::isBookable)
            .filter(session -> session.seatsLeft() > 0 || session.waitlist())
            .toList();
    }

    private Answer chosen(SessionView session, Conversations.State state, BookingTalk talk) {
        BookingTalk next = talk.withSession(session.id());
        String when = label(session);
        String intro = session.seatsLeft() > 0 ? composer.say("bookChosen", session.title(), when)
            : composer.say("bookChosenWaitlist", session.title(), when);
        if (next.name() != null && next.phone() != null) {
            return summary(state, next, intro + " ");
        }
        if (next.name() != null) {
            state.booking(next.at(Step.PHONE));
            String said = intro + " " + composer.say("bookAskPhoneAgain");
            return answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestStop")), List.of(), null);
        }
        state.booking(next.at(Step.NAME));
        String said = intro + " " + composer.say("bookAskName");
        return answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestStop")), List.of(), null);
    }

    // ---- cancelling and looking up

    /** "Vorrei cancellare la prenotazione H M 4…": with the code, asks to confirm; without, asks for it. */
    Answer cancel(String question, Conversations.State state) {
        Optional<BookingCode> code = codeIn(question);
        if (code.isEmpty()) {
            state.booking(BookingTalk.start(Step.CANCEL_CODE));
            String said = composer.say("cancelAskCode");
            return answer(Intent.CANCEL_BOOKING, said, SpeechText.of(said), List.of(composer.say("suggestMine"),
                composer.say("suggestStop")), List.of(), null);
        }
        return cancelCheck(code.get(), state, BookingTalk.start(Step.CANCEL_CODE));
    }

    private Answer cancelCheck(BookingCode code, Conversations.State state, BookingTalk talk) {
        Optional<Booking> booking = ledger.find(code);
        if (booking.isEmpty()) {
            return missed(state, talk, Intent.CANCEL_BOOKING, composer.say("cancelUnknown", code.value()),
                composer.say("cancelUnknown", code.spelled()));
        }
        if (booking.get().status() == BookingStatus.CANCELLED) {
            state.booking(null);
            String said = composer.say("cancelAlready");
            return answer(Intent.CANCEL_BOOKING, said, SpeechText.of(said), List.of(), List.of(), null);
        }
        state.booking(talk.withCode(code.value()).at(Step.CANCEL_CONFIRM));
        String said = composer.say("cancelCheck", booking.get().title(), label(booking.get().start()),
            centreName(booking.get().centreId()));
        return answer(Intent.CANCEL_BOOKING, said, SpeechText.of(said), yesNo(), List.of(), null);
    }

    /** "Le mie prenotazioni": by the phone in the question, or asks for it. */
    Answer mine(String question, Conversations.State state) {
        Optional<PhoneNumber> phone = phoneIn(question);
        if (phone.isEmpty()) {
            state.booking(BookingTalk.start(Step.LOOKUP_PHONE));
            String said = composer.say("mineAskPhone");
            return answer(Intent.MY_BOOKINGS, said, SpeechText.of(said), List.of(composer.say("suggestStop")), List.of(), null);
        }
        return listMine(phone.get(), state);
    }

    private Answer listMine(PhoneNumber phone, Conversations.State state) {
        state.booking(null);
        List<Booking> bookings = ledger.activeFor(Holder.phoneKey(phone));
        if (bookings.isEmpty()) {
            String text = composer.say("mineNone", phone.display());
            String speech = composer.say("mineNone", phone.spokenDigits());
            return answer(Intent.MY_BOOKINGS, text, SpeechText.of(speech), List.of(), List.of(), null);
        }
        List<String> shown = new ArrayList<>();
        List<String> heard = new ArrayList<>();
        for (Booking booking : bookings) {
            String key = booking.status() == BookingStatus.WAITLISTED ? "mineItemWaitlist" : "mineItem";
            shown.add(composer.say(key, booking.title(), label(booking.start()), booking.code()));
            heard.add(composer.say(key, booking.title(), label(booking.start()), new BookingCode(booking.code()).spelled()));
        }
        String text = bookings.size() == 1 ? composer.say("mineOne", phone.display(), shown.get(0))
            : composer.say("mineList", phone.display(), bookings.size(), String.join("; ", shown));
        String speech = bookings.size() == 1 ? composer.say("mineOne", phone.spokenDigits(), heard.get(0))
            : composer.say("mineList", phone.spokenDigits(), bookings.size(), String.join("; ", heard));
        return answer(Intent.MY_BOOKINGS, text, SpeechText.of(speech), List.of(composer.say("suggestCancelBooking")), List.of(), null);
    }

    // ---- continuing

    /**
     * The next turn of a dialogue in progress. Empty when the person has clearly moved on to another question
     * (opening hours, where something is): the dialogue is dropped and the question answered as usual.
     */
    Optional<Answer> proceed(String question, Intent intent, Kiosk kiosk, Conversations.State state) {
        BookingTalk talk = state.booking();
        String text = Intent.normalise(question);
        Reply reply = Reply.of(text);
        boolean cancelling = talk.step() == Step.CANCEL_CODE || talk.step() == Step.CANCEL_CONFIRM;
        // "annulla" is giving up, except while cancelling, where "sì, annulla" or "annulla la prenotazione …" is the point
        boolean cancelWords = cancelling && (text.startsWith("si") || text.matches(".*\\b(prenotazion\\w*|codice)\\b.*")
            || codeIn(question).isPresent());
        if (reply == Reply.GIVE_UP && !cancelWords) {
            state.booking(null);
            String said = composer.say(cancelling ? "cancelKept" : talk.step() == Step.LOOKUP_PHONE ? "mineGaveUp" : "bookGaveUp");
            return Optional.of(answer(intent, said, SpeechText.of(said), List.of(), List.of(), null));
        }
        if (movedOn(intent, talk.step())) {
            state.booking(null);
            return Optional.empty();
        }
        if (intent == Intent.BOOK && talk.step() != Step.ACTIVITY) {
            Optional<Activity> other = activityNamed(question, kiosk).filter(activity -> !activity.id().equals(talk.activityId()));
            if (other.isPresent()) {
                return Optional.of(offer(other.get(), text, state, BookingTalk.start(Step.SESSION)));
            }
        }
        Optional<Answer> corrected = correction(question, text, kiosk, state, talk);
        if (corrected.isPresent()) {
            return corrected;
        }
        return Optional.of(switch (talk.step()) {
            case ACTIVITY -> activityNamed(question, kiosk)
                .map(activity -> offer(activity, text, state, talk))
                .orElseGet(() -> missed(state, talk, Intent.BOOK, composer.say("bookWhichAgain"), null));
            case SESSION -> session(text, state, talk);
            case NAME -> SpokenName.of(question)
                .map(name -> talk.phone() == null ? askPhone(state, talk.withName(name)) : summary(state, talk.withName(name), ""))
                .orElseGet(() -> missed(state, talk, Intent.BOOK, composer.say("bookNameAgain"), null));
            case PHONE -> phoneIn(question)
                .map(phone -> phoneCheck(state, talk.withPhone(phone.normalised())))
                .orElseGet(() -> missed(state, talk, Intent.BOOK, composer.say("bookPhoneAgain"), null));
            case PHONE_CHECK -> phoneChecked(question, reply, state, talk);
            case CONFIRM -> confirmed(reply, kiosk, state, talk);
            case CHANGE -> change(text, state, talk);
            case CANCEL_CODE -> codeIn(question)
                .map(code -> cancelCheck(code, state, talk))
                .orElseGet(() -> missed(state, talk, Intent.CANCEL_BOOKING, composer.say("cancelCodeAgain"), null));
            case CANCEL_CONFIRM -> cancelConfirmed(reply, state, talk);
            case LOOKUP_PHONE -> phoneIn(question)
                .map(phone -> listMine(phone, state))
                .orElseGet(() -> missed(state, talk, Intent.MY_BOOKINGS, composer.say("bookPhoneAgain"), null));
        });
    }

    /** Whether the question is plainly another subject, not an answer to what was asked. */
    private static boolean movedOn(Intent intent, Step step) {
        boolean another = switch (intent) {
            case OPENING_HOURS, WHERE_IS, WHATS_ON, GREETING, THANKS, NEXT_STEP, PREVIOUS_STEP, RESTART_GUIDE, MY_BOOKINGS -> true;
            case CANCEL_BOOKING -> step != Step.CANCEL_CODE && step != Step.CANCEL_CONFIRM;
            default -> false;
        };
        // a day or an hour is an answer while sessions are being chosen ("quello delle dieci")
        return another && !(step == Step.SESSION && intent == Intent.OPENING_HOURS);
    }

    /** "No, giovedì", "ho sbagliato il numero", "mi chiamo …": going back to a step already answered. */
    private Optional<Answer> correction(String question, String text, Kiosk kiosk, Conversations.State state, BookingTalk talk) {
        boolean booking = talk.activityId() != null && talk.sessionId() != null;
        if (!booking) {
            return Optional.empty();
        }
        if (WRONG_PHONE.matcher(text).find() && talk.step() != Step.PHONE) {
            Optional<PhoneNumber> phone = phoneIn(question);
            return Optional.of(phone.map(given -> phoneCheck(state, talk.withPhone(given.normalised())))
                .orElseGet(() -> askPhoneAgain(state, talk)));
        }
        if (WRONG_NAME.matcher(text).find() && talk.step() != Step.NAME) {
            Optional<String> name = text.contains("mi chiamo") ? SpokenName.of(question) : Optional.empty();
            if (name.isPresent()) {
                BookingTalk renamed = talk.withName(name.get());
                return Optional.of(renamed.phone() == null ? askPhone(state, renamed) : summary(state, renamed, ""));
            }
            state.booking(talk.at(Step.NAME));
            String said = composer.say("bookAskNameAgain");
            return Optional.of(answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestStop")), List.of(), null));
        }
        boolean dayAllowed = switch (talk.step()) {
            case PHONE_CHECK, CONFIRM, CHANGE -> true;
            case NAME -> text.startsWith("no ");
            default -> false;
        };
        if (dayAllowed && SessionChoice.namesADay(text, today())) {
            Optional<Activity> activity = knowledge.content().find(talk.activityId(), Activity.class);
            if (activity.isEmpty()) {
                return Optional.empty();
            }
            List<SessionView> upcoming = upcoming(activity.get());
            List<SessionView> offered = offeredSessions(talk, upcoming);
            return Optional.of(SessionChoice.pick(text, offered, upcoming, today())
                .map(session -> chosen(session, state, talk))
                .orElseGet(() -> noSessionThatDay(activity.get(), upcoming, state, talk)));
        }
        return Optional.empty();
    }

    private Answer noSessionThatDay(Activity activity, List<SessionView> upcoming, Conversations.State state, BookingTalk talk) {
        List<SessionView> offered = upcoming.stream().limit(OFFERED).toList();
        state.booking(talk.offering(activity.id(), offered.stream().map(SessionView::id).toList()));
        String said = composer.say("bookNotThatDay", oneOf(offered.stream().map(this::label).toList()));
        List<String> suggestions = new ArrayList<>(offered.stream().map(this::buttonLabel).toList());
        suggestions.add(composer.say("suggestStop"));
        return answer(Intent.BOOK, said, SpeechText.of(said), suggestions, List.of(), null);
    }

    private Answer session(String text, Conversations.State state, BookingTalk talk) {
        Optional<Activity> activity = knowledge.content().find(talk.activityId(), Activity.class);
        if (activity.isEmpty()) {
            state.booking(null);
            String said = composer.say("bookGone");
            return answer(Intent.BOOK, said, SpeechText.of(said), List.of(), List.of(), null);
        }
        List<SessionView> upcoming = upcoming(activity.get());
        List<SessionView> offered = offeredSessions(talk, upcoming);
        Optional<SessionView> picked = SessionChoice.pick(text, offered, upcoming, today());
        if (picked.isPresent()) {
            return chosen(picked.get(), state, talk);
        }
        if (SessionChoice.namesADay(text, today())) {
            return noSessionThatDay(activity.get(), upcoming, state, talk);
        }
        if (Reply.of(text) == Reply.NO) {
            return noSessionThatDay(activity.get(), upcoming.stream().skip(offered.size()).toList().isEmpty() ? upcoming
                : upcoming.stream().skip(offered.size()).toList(), state, talk);
        }
        String example = offered.isEmpty() ? "" : label(offered.get(0));
        return missed(state, talk, Intent.BOOK, composer.say("bookChooseAgain", example), null);
    }

    /** The offered sessions that can still be booked, in the order they were read. */
    private static List<SessionView> offeredSessions(BookingTalk talk, List<SessionView> upcoming) {
        return talk.offered().stream()
            .flatMap(id -> upcoming.stream().filter(session -> session.id().equals(id)))
            .toList();
    }

    private Answer askPhone(Conversations.State state, BookingTalk talk) {
        state.booking(talk.at(Step.PHONE));
        String said = composer.say("bookAskPhone", talk.name());
        return answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestStop")), List.of(), null);
    }

    private Answer askPhoneAgain(Conversations.State state, BookingTalk talk) {
        state.booking(talk.at(Step.PHONE));
        String said = composer.say("bookAskPhoneAgain");
        return answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestStop")), List.of(), null);
    }

    private Answer phoneCheck(Conversations.State state, BookingTalk talk) {
        state.booking(talk.at(Step.PHONE_CHECK));
        PhoneNumber phone = PhoneNumber.parse(talk.phone());
        return answer(Intent.BOOK, composer.say("bookPhoneCheck", phone.display()),
            composer.say("bookPhoneCheck", phone.spokenDigits()), yesNo(), List.of(), null);
    }

    private Answer phoneChecked(String question, Reply reply, Conversations.State state, BookingTalk talk) {
        Optional<PhoneNumber> other = phoneIn(question);
        if (other.isPresent() && !other.get().normalised().equals(talk.phone())) {
            return phoneCheck(state, talk.withPhone(other.get().normalised()));
        }
        return switch (reply) {
            case YES -> summary(state, talk, "");
            case NO -> askPhoneAgain(state, talk);
            default -> missed(state, talk, Intent.BOOK, composer.say("bookYesOrNo"), null);
        };
    }

    private Answer summary(Conversations.State state, BookingTalk talk, String intro) {
        Optional<SessionView> session = calendar.find(talk.sessionId());
        if (session.isEmpty()) {
            state.booking(null);
            String said = composer.say("bookGone");
            return answer(Intent.BOOK, said, SpeechText.of(said), List.of(), List.of(), null);
        }
        state.booking(talk.at(Step.CONFIRM));
        String key = session.get().seatsLeft() > 0 ? "bookConfirm" : "bookConfirmWaitlist";
        String said = intro + composer.say(key, session.get().title(), label(session.get()), centreName(session.get().centreId()),
            talk.name());
        return answer(Intent.BOOK, said, SpeechText.of(said), yesNo(), List.of(), null);
    }

    private Answer confirmed(Reply reply, Kiosk kiosk, Conversations.State state, BookingTalk talk) {
        return switch (reply) {
            case YES -> place(kiosk, state, talk);
            case NO -> {
                state.booking(talk.at(Step.CHANGE));
                String said = composer.say("bookWhatToChange");
                yield answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestChangeDay"),
                    composer.say("suggestChangeName"), composer.say("suggestChangePhone"), composer.say("suggestStop")), List.of(), null);
            }
            default -> missed(state, talk, Intent.BOOK, composer.say("bookYesOrNo"), null);
        };
    }

    private Answer change(String text, Conversations.State state, BookingTalk talk) {
        if (CHANGE_PHONE.matcher(text).find()) {
            return askPhoneAgain(state, talk);
        }
        if (CHANGE_NAME.matcher(text).find()) {
            state.booking(talk.at(Step.NAME));
            String said = composer.say("bookAskNameAgain");
            return answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestStop")), List.of(), null);
        }
        if (CHANGE_DAY.matcher(text).find()) {
            Optional<Activity> activity = knowledge.content().find(talk.activityId(), Activity.class);
            if (activity.isPresent()) {
                return offer(activity.get(), "", state, talk);
            }
        }
        if (NOTHING.matcher(text).find() || Reply.of(text) == Reply.YES) {
            return summary(state, talk, "");
        }
        return missed(state, talk, Intent.BOOK, composer.say("bookWhatToChange"), null);
    }

    /** Books, and tells the code twice: written, and spelled with the telephone alphabet. */
    private Answer place(Kiosk kiosk, Conversations.State state, BookingTalk talk) {
        Holder holder;
        try {
            holder = Holder.of(talk.name(), talk.phone(), null);
        } catch (InvalidBookingException e) {
            state.booking(talk.at(Step.NAME));
            String said = composer.say("bookNameAgain");
            return answer(Intent.BOOK, said, SpeechText.of(said), List.of(composer.say("suggestStop")), List.of(), null);
        }
        Booking booking;
        try {
            booking = ledger.book(talk.sessionId(), holder, kiosk.name());
        } catch (BookingRefusal.Refused refused) {
            return refusedNow(refused, state, talk);
        }
        state.booking(null);
        BookingCode code = new BookingCode(booking.code());
        String when = label(booking.start());
        boolean waiting = booking.status() == BookingStatus.WAITLISTED;
        String text = (waiting ? composer.say("bookDoneWaitlist", booking.title(), when, code.value(), booking.waitlistPosition())
            : composer.say("bookDone", booking.title(), when, code.value())) + ".";
        String speech = SpeechText.of(waiting ? composer.say("bookDoneWaitlist", booking.title(), when, "", booking.waitlistPosition())
            : composer.say("bookDone", booking.title(), when, "")).strip() + " " + code.spelled() + ". "
            + composer.say("bookCodeAgain", code.spelled());
        List<Map<String, Object>> actions = List.of(
            Map.of("type", "booking_confirmed", "code", booking.code(), "status", booking.status().name(),
                "activitySessionId", booking.sessionId()),
            Map.of("type", "print_ticket", "code", booking.code()));
        return new Answer(null, true, Intent.BOOK.wireName(), text, speech,
            List.of(new Answer.Source(booking.activityId(), booking.title(), "activity")),
            List.of(composer.say("suggestRepeat")), actions, 1);
    }

    private Answer refusedNow(BookingRefusal.Refused refused, Conversations.State state, BookingTalk talk) {
        String said = switch (refused.reason()) {
            case ALREADY_BOOKED -> composer.say("bookAlready", refused.existingCode()) + ".";
            case TOO_MANY -> composer.say("bookTooMany", ledger.rules().maxActivePerPerson());
            case FULL -> composer.say("bookFullNow");
            case CLOSED, SESSION_OVER -> composer.say("bookClosed");
            case SESSION_CANCELLED, SESSION_MOVED -> composer.say("bookSessionChanged");
            default -> composer.say("bookGone");
        };
        if (refused.reason() == BookingRefusal.FULL || refused.reason() == BookingRefusal.CLOSED
            || refused.reason() == BookingRefusal.SESSION_CANCELLED || refused.reason() == BookingRefusal.SESSION_MOVED) {
            Optional<Activity> activity = knowledge.content().find(talk.activityId(), Activity.class);
            if (activity.isPresent()) {
                Answer other = offer(activity.get(), "", state, talk);
                String text = said + " " + other.text();
                return new Answer(null, true, Intent.BOOK.wireName(), text, SpeechText.of(text), other.sources(), other.suggestions(),
                    other.actions(), 1);
            }
        }
        state.booking(null);
        String speech = refused.existingCode() == null ? SpeechText.of(said)
            : SpeechText.of(composer.say("bookAlready", "")).strip() + " " + new BookingCode(refused.existingCode()).spelled() + ".";
        return answer(Intent.BOOK, said, speech, List.of(), List.of(), null);
    }

    private Answer cancelConfirmed(Reply reply, Conversations.State state, BookingTalk talk) {
        if (reply == Reply.NO) {
            state.booking(null);
            String said = composer.say("cancelKept");
            return answer(Intent.CANCEL_BOOKING, said, SpeechText.of(said), List.of(), List.of(), null);
        }
        if (reply != Reply.YES) {
            return missed(state, talk, Intent.CANCEL_BOOKING, composer.say("bookYesOrNo"), null);
        }
        state.booking(null);
        Booking cancelled;
        try {
            cancelled = ledger.cancel(new BookingCode(talk.code()));
        } catch (BookingRefusal.Refused refused) {
            String said = composer.say(refused.reason() == BookingRefusal.SESSION_OVER ? "cancelTooLate" : "bookGone");
            return answer(Intent.CANCEL_BOOKING, said, SpeechText.of(said), List.of(), List.of(), null);
        }
        String said = composer.say("cancelDone", cancelled.title(), label(cancelled.start()));
        return answer(Intent.CANCEL_BOOKING, said, SpeechText.of(said), List.of(), List.of(), null);
    }

    /** An answer not understood: ask again, or after too many, stop kindly and offer an operator. */
    private Answer missed(Conversations.State state, BookingTalk talk, Intent intent, String again, String againSpoken) {
        BookingTalk next = talk.missed();
        if (next.misses() > MOST_MISSES) {
            state.booking(null);
            String said = composer.say("bookTooHard");
            return answer(intent, said, SpeechText.of(said), List.of(composer.say("suggestOperator")),
                List.of(Map.of("type", "call_operator")), null);
        }
        state.booking(next);
        return answer(intent, again, againSpoken == null ? SpeechText.of(again) : SpeechText.of(againSpoken),
            List.of(composer.say("suggestStop")), List.of(), null);
    }

    // ---- words

    private static Optional<BookingCode> codeIn(String question) {
        for (String token : question.split("[\\s,.;:!?]+")) {
            Optional<BookingCode> typed = BookingCode.parse(token);
            if (typed.isPresent() && token.chars().anyMatch(Character::isDigit)) {
                return typed;
            }
        }
        return BookingCode.fromSpeech(Intent.normalise(question));
    }

    private static Optional<PhoneNumber> phoneIn(String question) {
        Optional<PhoneNumber> spoken = PhoneNumber.fromSpeech(Intent.normalise(question));
        if (spoken.isPresent()) {
            return spoken;
        }
        String digits = question.replaceAll("[^0-9+]", "");
        try {
            return digits.length() >= 6 ? Optional.of(PhoneNumber.parse(digits)) : Optional.empty();
        } catch (InvalidBookingException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MilanTime.ZONE));
    }

    /** "oggi alle 10:00", "domani alle 15:00", "giovedì 3 dicembre alle 10:00". */
    private String label(ZonedDateTime start) {
        LocalDate day = start.toLocalDate();
        // "domani, giovedì 26 novembre": the relative word for the quick, the date for whoever says "giovedì" back
        String dayWord = day.equals(today()) ? composer.say("today") + ", " + DAY.format(day)
            : day.equals(today().plusDays(1)) ? composer.say("tomorrow") + ", " + DAY.format(day) : DAY.format(day);
        return composer.say("sessionWhen", dayWord, TIME.format(start));
    }

    private String label(SessionView session) {
        return label(session.start()) + (session.seatsLeft() > 0 ? "" : " " + composer.say("sessionWaitlist"));
    }

    /** A button: short enough for a large-type screen; tapping it sends the words back, which {@link SessionChoice} reads. */
    private String buttonLabel(SessionView session) {
        return label(session.start());
    }

    private String oneOf(List<String> labels) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " " + composer.say("or") + " " + labels.get(labels.size() - 1);
    }

    private String centreName(String centreId) {
        return centreId == null ? "" : knowledge.content().find(centreId, Centre.class).map(Centre::name).orElse(centreId);
    }

    private List<String> yesNo() {
        return List.of(composer.say("suggestYes"), composer.say("suggestNo"), composer.say("suggestStop"));
    }

    private static Answer answer(Intent intent, String text, String speech, List<String> suggestions,
                                 List<Map<String, Object>> actions, Activity source) {
        List<Answer.Source> sources = source == null ? List.of() : List.of(new Answer.Source(source.id(), source.title(), "activity"));
        return new Answer(null, true, intent.wireName(), text, speech, sources, suggestions, actions, 1);
    }
}
