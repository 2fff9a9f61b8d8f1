package it.centrinrete.kb.content;

import it.centrinrete.kb.hours.HolidayCalendar;
import it.centrinrete.kb.schedule.ActivitySession;
import it.centrinrete.kb.schedule.WeeklyRecurrence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Something people do together at a centre, on a weekly schedule, with a number of seats per session.
 *
 * @param centre id of the centre where it takes place
 * @param waitlist whether people may join a waiting list when a session is full
 */
public record Activity(
    String id,
    String title,
    String description,
    String centre,
    String room,
    String cost,
    String requirements,
    WeeklyRecurrence schedule,
    int capacity,
    boolean waitlist,
    List<String> keywords,
    Provenance provenance) implements Entry {

    public Activity {
        id = Checks.id(id);
        title = Checks.text("title", title);
        description = Checks.text("description", description);
        centre = Checks.text("centre", centre);
        Checks.id(centre);
        room = Checks.optionalText(room);
        cost = Checks.optionalText(cost);
        requirements = Checks.optionalText(requirements);
        Checks.required("schedule", schedule);
        if (capacity < 1 || capacity > 500) {
            throw new InvalidEntryException("capacity", "must be between 1 and 500 seats, not " + capacity);
        }
        keywords = Checks.strippedStrings("keywords", keywords);
        Checks.required("provenance", provenance);
    }

    @Override
    public EntryType type() {
        return EntryType.ACTIVITY;
    }

    /** The dated sessions between two days (inclusive), each with this activity's capacity. */
    public List<ActivitySession> sessions(LocalDate from, LocalDate to, HolidayCalendar holidays) {
        return schedule.occurrences(from, to, holidays).stream()
            .map(start -> ActivitySession.of(id, start, schedule.duration(), capacity))
            .toList();
    }

    @Override
    public List<String> bodyTexts() {
        List<String> texts = new ArrayList<>(List.of(description, room, cost, requirements));
        texts.removeIf(String::isBlank);
        return List.copyOf(texts);
    }
}
