package it.centrinrete.kb.hsds;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.content.Provenance;
import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldException;
import it.centrinrete.kb.load.FieldMap;
import it.centrinrete.kb.load.LoadedEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the services and organizations of one HSDS file and turns them, with the locations they use, into entries.
 * Entries are marked replaceable so that the same service imported again from another file becomes one entry.
 */
final class HsdsFileReader {
    private final HsdsReport report;
    private final HsdsLocations locations;
    private final HsdsServiceReader serviceReader;
    private final List<HsdsServiceReader.Read> services = new ArrayList<>();

    HsdsFileReader(HsdsReport report) {
        this.report = report;
        this.locations = new HsdsLocations(report);
        this.serviceReader = new HsdsServiceReader(report, locations);
    }

    /** An item of a list or of a paginated response: a service, or an organization with its services. */
    void item(Field item) {
        Optional<FieldMap> map = HsdsFields.asObject(item, report);
        if (map.isPresent() && map.get().has("services")) {
            organization(map.get());
        } else {
            map.ifPresent(service -> service(service, ""));
        }
    }

    void organization(FieldMap organization) {
        String name = HsdsFields.text(organization, "name", report);
        // read first, so that services pointing at them by location_id find them
        for (FieldMap location : HsdsFields.objects(organization, "locations", report)) {
            try {
                locations.read(location);
            } catch (FieldException e) {
                report.error(e.line(), e.field(), e.getMessage() + "; the location was ignored");
            }
        }
        for (Field service : organization.list("services")) {
            HsdsFields.asObject(service, report).ifPresent(map -> service(map, name));
        }
    }

    void service(FieldMap service, String organization) {
        try {
            serviceReader.read(service, organization).ifPresent(services::add);
        } catch (FieldException e) {
            // a value of a shape no reader expected: lose this service, not the file
            report.error(e.line(), e.field(), e.getMessage() + "; the service was not imported");
        }
    }

    List<LoadedEntry> entries() {
        List<LoadedEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (HsdsServiceReader.Read read : services) {
            if (ids.add(read.service().id())) {
                entries.add(new LoadedEntry(read.service(), report.file(), read.line(), Map.of("centres", read.centresLine()), true));
            } else {
                report.warning(read.line(), HsdsFields.path(read.path(), "id"), "the service " + read.service().id()
                    + " appears twice in this file; only the first was imported");
            }
        }
        for (HsdsLocation location : locations.all()) {
            if (location.centre() && ids.add(location.id())) {
                centre(location).ifPresent(centre -> entries.add(new LoadedEntry(centre, report.file(), location.line(), Map.of(), true)));
            }
        }
        if (entries.isEmpty()) {
            report.warning(0, "", "holds no service that could be imported");
        }
        return entries;
    }

    /** The centre of a location, reviewed when the latest service that uses it was. */
    private Optional<Centre> centre(HsdsLocation location) {
        List<Provenance> users = services.stream().filter(read -> read.centres().contains(location))
            .map(read -> read.service().provenance()).toList();
        LocalDate reviewed = users.stream().map(Provenance::lastReviewed).max(Comparator.naturalOrder()).orElseGet(() -> {
            report.warning(location.line(), location.path(), "the location '" + location.name()
                + "' is used by no imported service and has no date; today was taken as the day it was last reviewed");
            return report.today();
        });
        String source = users.isEmpty() ? "HSDS: " + report.fileName() : users.get(0).source();
        try {
            return Optional.of(location.toCentre(new Provenance(reviewed, source, false)));
        } catch (InvalidEntryException e) {
            report.error(location.line(), location.path(), "the location '" + location.name() + "' cannot become a centre: " + e.reason()
                + "; it was ignored");
            return Optional.empty();
        }
    }
}
