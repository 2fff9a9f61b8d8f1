package it.centrinrete.kiosk.offline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.centrinrete.kiosk.net.HttpAssistantClient;
import it.centrinrete.kiosk.net.SessionSlot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The activity sessions the server last listed, kept in {@code <data-dir>/activities.json} so a kiosk restarted
 * without its server can still show them. Seats left are as they were then: the booking, queued, is decided by the
 * server. Thread-safe.
 */
final class ActivityCache {
    private static final Logger LOG = Logger.getLogger(ActivityCache.class.getName());
    /** Days are the centres' days, whatever zone the kiosk's clock is set to. */
    private static final ZoneId CENTRES = ZoneId.of("Europe/Rome");

    private final Path file;
    private final ObjectMapper json = HttpAssistantClient.mapper();
    private List<SessionSlot> slots;

    ActivityCache(Path dataDir) {
        this.file = dataDir.resolve("activities.json");
        this.slots = load();
    }

    /** A fresh listing replaces what was known of its days and centre. */
    synchronized void remember(LocalDate from, LocalDate to, String centreId, List<SessionSlot> fresh) {
        List<SessionSlot> kept = new ArrayList<>();
        for (SessionSlot slot : slots) {
            if (!covers(slot, from, to, centreId)) {
                kept.add(slot);
            }
        }
        kept.addAll(fresh);
        kept.sort(Comparator.comparing(SessionSlot::start));
        slots = List.copyOf(kept);
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(slots));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot keep the activity list in " + file, e);
        }
    }

    synchronized List<SessionSlot> between(LocalDate from, LocalDate to, String centreId) {
        return slots.stream().filter(slot -> covers(slot, from, to, centreId)).toList();
    }

    synchronized Optional<SessionSlot> find(String sessionId) {
        return slots.stream().filter(slot -> slot.id().equals(sessionId)).findFirst();
    }

    /** The name the last activity lists gave a centre; empty when none of them was held there. */
    synchronized Optional<String> centreName(String centreId) {
        return slots.stream().filter(slot -> centreId.equals(slot.centre()) && slot.centreName() != null)
            .map(SessionSlot::centreName).findFirst();
    }

    private static boolean covers(SessionSlot slot, LocalDate from, LocalDate to, String centreId) {
        LocalDate day = slot.start().atZoneSameInstant(CENTRES).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to) && (centreId == null || centreId.equals(slot.centre()));
    }

    private List<SessionSlot> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(json.readValue(file.toFile(), new TypeReference<List<SessionSlot>>() { }));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the kept activity list " + file + " cannot be read; starting without it", e);
            return List.of();
        }
    }
}
