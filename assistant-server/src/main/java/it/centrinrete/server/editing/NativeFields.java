package it.centrinrete.server.editing;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Address;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.Guide;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.hours.DayException;
import it.centrinrete.kb.hours.OpeningHours;
import it.centrinrete.kb.hours.TimeRange;
import it.centrinrete.kb.schedule.WeeklyRecurrence;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An entry written in the native content format's fields ({@code centres/csrc-zante.yaml} as a map): what the console
 * edits. Reading the map back through the content loader gives the same entry, so an edit is validated exactly as a
 * content file is, and errors name the fields the console shows.
 */
public final class NativeFields {
    private NativeFields() {
    }

    public static Map<String, Object> of(Entry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", entry.id());
        switch (entry) {
            case Centre c -> centre(c, fields);
            case Service s -> service(s, fields);
            case Activity a -> activity(a, fields);
            case Guide g -> guide(g, fields);
            case Faq f -> faq(f, fields);
        }
        fields.put("keywords", entry.keywords());
        fields.put("lastReviewed", entry.provenance().lastReviewed().toString());
        fields.put("source", entry.provenance().source());
        fields.put("sample", entry.provenance().sample());
        return fields;
    }

    private static void centre(Centre c, Map<String, Object> fields) {
        fields.put("name", c.name());
        fields.put("kind", c.kind().name());
        fields.put("description", c.description());
        fields.put("address", address(c.address()));
        fields.put("municipio", c.municipio());
        fields.put("neighbourhood", c.neighbourhood());
        place(c.location(), c.openingHours(), c.phones(), fields);
        fields.put("email", c.email());
        fields.put("accessibility", c.accessibility());
        fields.put("howToGetThere", c.howToGetThere());
    }

    private static void service(Service s, Map<String, Object> fields) {
        fields.put("name", s.name());
        fields.put("description", s.description());
        fields.put("eligibility", s.eligibility());
        fields.put("howToAccess", s.howToAccess());
        fields.put("documents", s.documents());
        fields.put("cost", s.cost());
        fields.put("provider", s.provider());
        fields.put("centres", s.centres());
        fields.put("where", s.where());
        if (s.address() != null) {
            fields.put("address", address(s.address()));
        }
        place(s.location(), s.openingHours(), s.phones(), fields);
        fields.put("when", s.when());
        fields.put("email", s.email());
        fields.put("website", s.website());
        fields.put("languages", s.languages());
    }

    private static void activity(Activity a, Map<String, Object> fields) {
        fields.put("title", a.title());
        fields.put("description", a.description());
        fields.put("centre", a.centre());
        fields.put("room", a.room());
        fields.put("cost", a.cost());
        fields.put("requirements", a.requirements());
        fields.put("schedule", schedule(a.schedule()));
        fields.put("capacity", a.capacity());
        fields.put("waitlist", a.waitlist());
    }

    private static void guide(Guide g, Map<String, Object> fields) {
        fields.put("title", g.title());
        fields.put("description", g.description());
        fields.put("steps", g.steps().stream().map(step -> Map.of("text", step.text(), "hint", step.hint())).toList());
    }

    private static void faq(Faq f, Map<String, Object> fields) {
        fields.put("questions", f.questions());
        fields.put("answer", f.answer());
        fields.put("related", f.related());
    }

    private static Map<String, Object> address(Address address) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("street", address.street());
        fields.put("postcode", address.postcode());
        fields.put("city", address.city());
        return fields;
    }

    private static void place(GeoPoint location, OpeningHours hours, List<Phone> phones, Map<String, Object> fields) {
        if (location != null) {
            fields.put("coordinates", Map.of("lat", location.lat(), "lon", location.lon()));
        }
        if (!hours.equals(OpeningHours.none())) {
            fields.put("openingHours", hours(hours));
        }
        fields.put("phones", phones.stream().map(phone -> Map.of("number", phone.display(), "label", phone.label())).toList());
    }

    private static Map<String, Object> hours(OpeningHours hours) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = hours.weekly().getOrDefault(day, List.of());
            fields.put(OpeningHours.dayField(day), ranges.isEmpty() ? "chiuso" : ranges(ranges));
        }
        fields.put("publicHolidays", hours.openOnHolidays() ? "open" : "closed");
        fields.put("exceptions", hours.exceptions().stream().map(NativeFields::exception).toList());
        fields.put("note", hours.note());
        return fields;
    }

    private static Map<String, Object> exception(DayException exception) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", exception.date().toString());
        if (exception.isClosed()) {
            fields.put("closed", true);
        } else {
            fields.put("hours", ranges(exception.hours()));
        }
        fields.put("note", exception.note());
        return fields;
    }

    private static String ranges(List<TimeRange> ranges) {
        return ranges.stream().map(TimeRange::format).collect(Collectors.joining(", "));
    }

    private static Map<String, Object> schedule(WeeklyRecurrence schedule) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("days", schedule.days().stream().sorted().map(OpeningHours::dayField).toList());
        fields.put("time", schedule.start().toString());
        fields.put("durationMinutes", schedule.duration().toMinutes());
        fields.put("from", schedule.from().toString());
        if (schedule.until() != null) {
            fields.put("until", schedule.until().toString());
        }
        fields.put("everyWeeks", schedule.everyWeeks());
        fields.put("except", schedule.except().stream().map(Object::toString).toList());
        fields.put("skipHolidays", schedule.skipHolidays());
        return fields;
    }
}
