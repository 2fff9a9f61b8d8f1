package it.centrinrete.kb.hsds;

import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Provenance;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.load.FieldMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Builds one knowledge-base service from an HSDS service object, keeping every valid value and reporting the rest. */
final class HsdsServiceReader {
    private final HsdsReport report;
    private final HsdsLocations locations;

    HsdsServiceReader(HsdsReport report, HsdsLocations locations) {
        this.report = report;
        this.locations = locations;
    }

    /**
     * A service as read, with the locations that become its centres.
     *
     * @param path the field path of the service object in the file
     * @param line the line of its id
     * @param centresLine where its locations are written, for reports about them
     */
    record Read(Service service, List<HsdsLocation> centres, String path, int line, int centresLine) {
    }

    /** @param organization the name of the organization the file is about, empty when none */
    Optional<Read> read(FieldMap s, String organization) {
        String id = HsdsFields.text(s, "id", report);
        String name = HsdsFields.text(s, "name", report);
        String title = name.isEmpty() ? "" : " '" + name + "'";
        if (id.isEmpty()) {
            report.error(s.line(), HsdsFields.path(s, "id"), "the service" + title + " has no id; it was not imported");
            return Optional.empty();
        }
        if (name.isEmpty()) {
            report.error(s.line(), HsdsFields.path(s, "name"), "the service " + id + " has no name; it was not imported");
            return Optional.empty();
        }
        String status = HsdsFields.text(s, "status", report).toLowerCase(Locale.ROOT);
        if (status.equals("inactive") || status.equals("defunct")) {
            report.warning(s, "the service '" + name + "' has status " + status + "; it was not imported");
            return Optional.empty();
        }
        String description = HsdsFields.text(s, "description", report);
        if (description.isEmpty()) {
            report.warning(s, "the service '" + name + "' has no description; its name was used as description");
            description = name;
        }
        List<FieldMap> atLocations = HsdsFields.objects(s, "service_at_locations", report);
        List<HsdsLocation> places = places(s, atLocations);
        List<HsdsLocation> centres = places.stream().filter(HsdsLocation::centre).distinct().toList();
        HsdsWeek week = new HsdsWeek();
        Set<String> schedules = new HashSet<>();
        schedules(s, week, schedules);
        atLocations.forEach(at -> schedules(at, week, schedules));
        String when = week.text();
        if (status.equals("temporarily closed")) {
            report.warning(s, "the service '" + name + "' is temporarily closed; this was added to its times");
            when = HsdsTexts.sentences(List.of("Temporaneamente chiuso", when));
        }
        String provider = HsdsFields.object(s, "organization", report).map(org -> HsdsFields.text(org, "name", report))
            .filter(text -> !text.isEmpty()).orElse(organization);
        String source = "HSDS: " + (provider.isEmpty() ? report.fileName() : provider + " (" + report.fileName() + ")");
        Provenance provenance = new Provenance(lastReviewed(s, name), source, false);
        List<HsdsLocation> elsewhere = places.stream().filter(place -> !place.centre()).toList();
        try {
            Service service = new Service(id, name, description, HsdsServiceTexts.eligibility(s, report),
                HsdsTexts.steps(HsdsFields.text(s, "application_process", report)), HsdsServiceTexts.documents(s, report),
                HsdsServiceTexts.cost(s, report), provider, centres.stream().map(HsdsLocation::id).toList(),
                HsdsTexts.sentences(elsewhere.stream().map(HsdsLocation::whereText).toList()),
                first(places, HsdsLocation::address), first(places, HsdsLocation::point), week.toOpeningHours(""), when,
                phones(s, atLocations), HsdsServiceTexts.email(s, report), HsdsServiceTexts.website(s, report),
                HsdsServiceTexts.languages(s, report), HsdsServiceTexts.keywords(s, name, report), provenance);
            return Optional.of(new Read(service, centres, s.path(), s.lineOf("id"), s.lineOf("service_at_locations")));
        } catch (InvalidEntryException e) {
            report.error(s.lineOf(e.field()), HsdsFields.path(s, e.field()),
                "the service '" + name + "' cannot be imported: " + e.reason());
            return Optional.empty();
        }
    }

    /** Where the service is offered: service_at_locations (an embedded location or a location_id), then locations. */
    private List<HsdsLocation> places(FieldMap s, List<FieldMap> atLocations) {
        List<HsdsLocation> places = new ArrayList<>();
        for (FieldMap at : atLocations) {
            Optional<FieldMap> embedded = HsdsFields.object(at, "location", report);
            String ref = HsdsFields.text(at, "location_id", report);
            if (embedded.isPresent()) {
                places.add(locations.read(embedded.get()));
            } else if (!ref.isEmpty()) {
                locations.find(ref).ifPresentOrElse(places::add, () -> report.warning(at.get("location_id").orElseThrow(),
                    "'" + ref + "' is not the id of a location in this file; it was ignored"));
            }
        }
        HsdsFields.objects(s, "locations", report).forEach(location -> places.add(locations.read(location)));
        return places;
    }

    private void schedules(FieldMap holder, HsdsWeek week, Set<String> seen) {
        for (FieldMap schedule : HsdsFields.objects(holder, "schedules", report)) {
            String id = HsdsFields.text(schedule, "id", report);
            // the same schedule is often repeated under service_at_locations; reading it twice would report it twice
            if (id.isEmpty() || seen.add(id)) {
                HsdsScheduleReader.read(schedule, week, report);
            }
        }
    }

    private List<Phone> phones(FieldMap s, List<FieldMap> atLocations) {
        List<Phone> phones = new ArrayList<>();
        HsdsPhoneReader.read(s, "phones", phones, report);
        atLocations.forEach(at -> HsdsPhoneReader.read(at, "phones", phones, report));
        return phones;
    }

    /** last_modified, else assured_date, else today: a reviewer must then check the entry soon. */
    private LocalDate lastReviewed(FieldMap s, String name) {
        return HsdsFields.date(s, "last_modified", report)
            .or(() -> HsdsFields.date(s, "assured_date", report))
            .orElseGet(() -> {
                report.warning(s, "the service '" + name + "' has neither last_modified nor assured_date; today was taken as"
                    + " the day it was last reviewed");
                return report.today();
            });
    }

    private static <T> T first(List<HsdsLocation> places, Function<HsdsLocation, T> value) {
        return places.stream().map(value).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
