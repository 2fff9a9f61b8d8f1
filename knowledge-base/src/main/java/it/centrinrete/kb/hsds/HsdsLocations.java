package it.centrinrete.kb.hsds;

import it.centrinrete.kb.load.FieldMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The locations of one file by id. HSDS repeats a location inside every service held there; each is read once, so
 * its problems are reported once and every service points at the same centre.
 */
final class HsdsLocations {
    private final Map<String, HsdsLocation> byId = new LinkedHashMap<>();
    private final HsdsReport report;

    HsdsLocations(HsdsReport report) {
        this.report = report;
    }

    HsdsLocation read(FieldMap location) {
        String id = HsdsFields.text(location, "id", report);
        HsdsLocation known = byId.get(id);
        if (known != null) {
            return known;
        }
        HsdsLocation read = HsdsLocationReader.read(location, report);
        if (!id.isEmpty()) {
            byId.put(id, read);
        }
        return read;
    }

    Optional<HsdsLocation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every location with an id, in the order first met. */
    List<HsdsLocation> all() {
        return List.copyOf(byId.values());
    }
}
