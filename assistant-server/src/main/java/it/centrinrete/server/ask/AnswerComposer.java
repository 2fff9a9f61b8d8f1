package it.centrinrete.server.ask;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.Guide;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.hours.HolidayCalendar;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.hours.OpenStatus;
import it.centrinrete.kb.hours.OpeningHours;
import it.centrinrete.kb.hours.TimeRange;
import it.centrinrete.kb.schedule.ActivitySession;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Writes the answer about one entry from that entry alone — nothing is said that is not in its source — in short
 * sentences with the key fact first: for a place whether it is open now and until when, for an activity when it
 * next meets, for a service what it is and how to get it.
 */
final class AnswerComposer {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ITALIAN);
    private static final int SESSIONS_AHEAD_DAYS = 60;

    private final ResourceBundle words = ResourceBundle.getBundle("it.centrinrete.server.ask.answers", Locale.ITALIAN);
    private final Clock clock;
    private final HolidayCalendar holidays;

    AnswerComposer(Clock clock, HolidayCalendar holidays) {
        this.clock = clock;
        this.holidays = holidays;
    }

    String say(String key, Object... values) {
        return MessageFormat.format(words.getString(key).replace("'", "''"), values);
    }

    /** The answer's sentences and actions for {@code entry}, the key fact first. */
    Composed compose(Entry entry, Content content, boolean aboutHours) {
        List<String> sentences = new ArrayList<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        switch (entry) {
            case Centre centre -> {
                sentences.add(status(centre.name(), centre.openingHours()));
                sentences.add(say("address", centre.address().oneLine()));
                if (!aboutHours && !centre.howToGetThere().isEmpty()) {
                    sentences.add(say("howToGetThere", centre.howToGetThere()));
                }
                phone(centre.phones()).ifPresent(sentences::add);
            }
            case Service service -> {
                if (aboutHours && !service.openingHours().isEmpty()) {
                    sentences.add(status(service.name(), service.openingHours()));
                }
                sentences.add(service.name() + ". " + firstSentence(service.description()));
                if (!service.howToAccess().isEmpty()) {
                    sentences.add(say("firstStep", service.howToAccess().get(0)));
                }
                if (!service.when().isEmpty()) {
                    sentences.add(say("when", service.when()));
                }
                if (!service.cost().isEmpty()) {
                    sentences.add(say("cost", withoutFinalStop(service.cost())));
                }
                phone(service.phones()).ifPresent(sentences::add);
            }
            case Activity activity -> {
                String place = content.find(activity.centre(), Centre.class).map(Centre::name).orElse(activity.centre());
                Optional<ActivitySession> next = nextSession(activity);
                if (next.isPresent()) {
                    ZonedDateTime start = next.get().start();
                    sentences.add(say("nextSession", activity.title(), place, DAY.format(start), TIME.format(start)));
                    actions.add(Map.of("type", "book", "activitySessionId", next.get().id()));
                } else {
                    sentences.add(say("noNextSession", activity.title(), place));
                }
                sentences.add(firstSentence(activity.description()));
                if (!activity.cost().isEmpty()) {
                    sentences.add(say("cost", withoutFinalStop(activity.cost())));
                }
                if (!activity.requirements().isEmpty()) {
                    sentences.add(say("requirements", withoutFinalStop(activity.requirements())));
                }
            }
            case Guide guide -> {
                sentences.add(say("guideStart", guide.title(), guide.steps().size(), guide.steps().get(0).text()));
                if (!guide.steps().get(0).hint().isEmpty()) {
                    sentences.add(say("guideHint", guide.steps().get(0).hint()));
                }
                actions.add(Map.of("type", "show_guide_step", "guideId", guide.id(), "step", 1));
            }
            case Faq faq -> sentences.add(faq.answer());
        }
        return new Composed(String.join(" ", sentences), actions);
    }

    /**
     * The text and the actions of one answer.
     *
     * @param cited the entries the text speaks of, when the answer is about several ("what's on")
     */
    record Composed(String text, List<Map<String, Object>> actions, List<Entry> cited) {
        Composed(String text, List<Map<String, Object>> actions) {
            this(text, actions, List.of());
        }
    }

    /**
     * Whether a place is open on a named day, or at a named time of it: "Giovedì 26 novembre alle 15:00 il CSRC Zante
     * è aperto." followed by that day's hours, so the person also learns when it is.
     */
    String openOn(String name, OpeningHours hours, DateWords.Days day, Optional<LocalTime> time) {
        LocalDate date = day.from();
        String label = Character.toUpperCase(day.label().charAt(0)) + day.label().substring(1);
        List<TimeRange> ranges = hours.hoursOn(date, holidays);
        String spans = String.join(", ", ranges.stream().map(r -> TIME.format(r.opens()) + "–" + TIME.format(r.closes())).toList());
        if (time.isEmpty()) {
            return ranges.isEmpty() ? say("closedThatDay", label, name) : say("openThatDay", label, name, spans);
        }
        boolean open = hours.isOpenAt(ZonedDateTime.of(date, time.get(), MilanTime.ZONE), holidays);
        String first = say(open ? "openAtTime" : "closedAtTime", label, TIME.format(time.get()), name);
        return first + " " + (ranges.isEmpty() ? say("closedThatDay", label, name) : say("hoursThatDay", spans));
    }

    LocalDate today() {
        return ZonedDateTime.now(clock).toLocalDate();
    }

    /**
     * What is on at a centre over some days: the next sessions (at most {@code limit}) in time order, each with its
     * day and time, and the first offered for booking.
     */
    Composed whatsOn(List<Activity> activities, String centreName, DateWords.Days days, int limit) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        record Dated(Activity activity, ActivitySession session) {
        }
        List<Dated> upcoming = activities.stream()
            .flatMap(activity -> activity.sessions(days.from(), days.to(), holidays).stream()
                .filter(session -> session.start().isAfter(now))
                .map(session -> new Dated(activity, session)))
            .sorted(Comparator.comparing(dated -> dated.session().start()))
            .limit(limit)
            .toList();
        String label = Character.toUpperCase(days.label().charAt(0)) + days.label().substring(1);
        if (upcoming.isEmpty()) {
            return new Composed(say("whatsOnNothing", label, centreName), List.of());
        }
        boolean oneDay = days.from().equals(days.to());
        List<String> items = upcoming.stream().map(dated -> say("whatsOnItem",
            oneDay ? "" : DAY.format(dated.session().start()), TIME.format(dated.session().start()), dated.activity().title())
            .strip()).toList();
        List<Map<String, Object>> actions = List.of(Map.of("type", "book", "activitySessionId", upcoming.get(0).session().id()));
        List<Entry> cited = upcoming.stream().map(Dated::activity).distinct().map(Entry.class::cast).toList();
        return new Composed(say("whatsOn", label, centreName, String.join("; ", items)), actions, cited);
    }

    private String status(String name, OpeningHours hours) {
        if (hours.isEmpty()) {
            return say("closedNoHours", name);
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        OpenStatus status = hours.statusAt(now, holidays);
        String holiday = status.holidayName().map(h -> " " + say("holidayToday", h)).orElse("");
        if (status.open()) {
            return status.changesAt().map(until -> say("openNowUntil", name, TIME.format(until)))
                .orElse(say("openNowUntil", name, "sera")) + holiday;
        }
        return status.changesAt()
            .map(opens -> say("closedReopens", name, dayWord(opens.toLocalDate(), now.toLocalDate()), TIME.format(opens)))
            .orElse(say("closedNoHours", name)) + holiday;
    }

    /** "oggi", "domani", or the day's name and date. */
    private static String dayWord(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "oggi";
        }
        if (day.equals(today.plusDays(1))) {
            return "domani";
        }
        return DAY.format(day);
    }

    private Optional<ActivitySession> nextSession(Activity activity) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return activity.sessions(now.toLocalDate(), now.toLocalDate().plusDays(SESSIONS_AHEAD_DAYS), holidays).stream()
            .filter(session -> session.start().isAfter(now))
            .findFirst();
    }

    private Optional<String> phone(List<Phone> phones) {
        return phones.stream().findFirst().map(phone -> say("phone", phone.display()));
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
