package it.centrinrete.kb.hsds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.centrinrete.kb.hours.OpeningHours;
import it.centrinrete.kb.hours.TimeRange;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes opening hours as HSDS schedules. An HSDS schedule holds one time range for a set of weekdays, so the days
 * that share the same hours are grouped and each of their ranges becomes one WEEKLY schedule.
 */
final class HsdsScheduleWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private HsdsScheduleWriter() {
    }

    /** @param texts free-text times ("su appuntamento"), each written as a schedule with only a description */
    static ArrayNode schedules(String ownerId, OpeningHours hours, List<String> texts) {
        ArrayNode schedules = JSON.arrayNode();
        for (Map.Entry<List<TimeRange>, List<DayOfWeek>> group : daysByHours(hours).entrySet()) {
            String byday = String.join(",", group.getValue().stream().map(HsdsScheduleWriter::dayCode).toList());
            for (TimeRange range : group.getKey()) {
                ObjectNode schedule = schedules.addObject();
                schedule.put("id", HsdsIds.of(ownerId, "schedule", byday, range.format()));
                schedule.put("freq", "WEEKLY");
                schedule.put("byday", byday);
                schedule.put("opens_at", range.opens().toString());
                // HSDS times stop at 23:59; the importer reads it back as the end of the day
                schedule.put("closes_at", range.endsAtMidnight() ? "23:59" : range.closes().toString());
            }
        }
        for (String text : texts) {
            if (!text.isBlank()) {
                ObjectNode schedule = schedules.addObject();
                schedule.put("id", HsdsIds.of(ownerId, "schedule", text));
                schedule.put("description", text);
            }
        }
        return schedules;
    }

    private static Map<List<TimeRange>, List<DayOfWeek>> daysByHours(OpeningHours hours) {
        Map<List<TimeRange>, List<DayOfWeek>> groups = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> ranges = hours.weekly().get(day);
            if (!ranges.isEmpty()) {
                groups.computeIfAbsent(ranges, r -> new ArrayList<>()).add(day);
            }
        }
        return groups;
    }

    private static String dayCode(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
