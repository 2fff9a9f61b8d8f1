package it.centrinrete.kb.hsds;

import it.centrinrete.kb.content.Address;
import it.centrinrete.kb.content.Checks;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.hours.OpeningHours;
import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads an HSDS location: its address, position, accessibility, phones and hours. */
final class HsdsLocationReader {
    private HsdsLocationReader() {
    }

    static HsdsLocation read(FieldMap location, HsdsReport report) {
        String id = HsdsFields.text(location, "id", report);
        String name = HsdsFields.text(location, "name", report);
        String type = HsdsFields.text(location, "location_type", report).toLowerCase(Locale.ROOT);
        // a virtual location is a web site and a postal one a mailbox: neither is a place people go to
        boolean place = !type.equals("virtual") && !type.equals("postal");
        Address address = place ? address(location, report).orElse(null) : null;
        GeoPoint point = point(location, report).orElse(null);
        List<String> accessibility = new ArrayList<>();
        HsdsFields.objects(location, "accessibility", report)
            .forEach(item -> accessibility.add(HsdsFields.text(item, "description", report)));
        HsdsWeek week = new HsdsWeek();
        HsdsFields.objects(location, "schedules", report).forEach(schedule -> HsdsScheduleReader.read(schedule, week, report));
        OpeningHours hours = week.toOpeningHours(week.text());
        List<String> keywords = new ArrayList<>();
        String alternateName = HsdsFields.text(location, "alternate_name", report);
        if (!alternateName.isEmpty() && !alternateName.equalsIgnoreCase(name)) {
            keywords.add(alternateName);
        }
        boolean centre = usableId(id) && !name.isEmpty() && address != null;
        return new HsdsLocation(id, name, HsdsFields.text(location, "description", report),
            HsdsFields.text(location, "transportation", report), HsdsTexts.sentences(accessibility), address, point, hours,
            HsdsPhoneReader.read(location, "phones", report), keywords, centre, location.path(),
            location.line());
    }

    private static boolean usableId(String id) {
        try {
            Checks.id(id);
            return true;
        } catch (InvalidEntryException e) {
            return false;
        }
    }

    /** The first physical address, else the first address of any type. */
    private static Optional<Address> address(FieldMap location, HsdsReport report) {
        return HsdsFields.objects(location, "addresses", report).stream()
            .min(Comparator.comparing(a -> !HsdsFields.text(a, "address_type", report).equalsIgnoreCase("physical")))
            .flatMap(address -> streetAddress(address, report));
    }

    private static Optional<Address> streetAddress(FieldMap address, HsdsReport report) {
        String street = HsdsFields.text(address, "address_1", report);
        if (street.isEmpty()) {
            report.warning(address, "has no address_1 (street); the address was ignored");
            return Optional.empty();
        }
        String line2 = HsdsFields.text(address, "address_2", report);
        String postcode = HsdsFields.text(address, "postal_code", report);
        if (!postcode.isEmpty() && !postcode.matches("\\d{5}")) {
            report.warning(address.get("postal_code").orElseThrow(), "'" + postcode + "' is not an Italian postcode (five digits);"
                + " the address was kept without it");
            postcode = "";
        }
        return Optional.of(new Address(line2.isEmpty() ? street : street + ", " + line2, postcode,
            HsdsFields.text(address, "city", report)));
    }

    /** The position, only when both coordinates are present and valid: half a position would point somewhere wrong. */
    private static Optional<GeoPoint> point(FieldMap location, HsdsReport report) {
        Optional<Double> lat = HsdsFields.number(location, "latitude", report);
        Optional<Double> lon = HsdsFields.number(location, "longitude", report);
        if (lat.isPresent() != lon.isPresent()) {
            report.warning(location, "has " + (lat.isPresent() ? "a latitude but no longitude" : "a longitude but no latitude")
                + "; the position was ignored");
            return Optional.empty();
        }
        if (lat.isEmpty()) {
            return Optional.empty();
        }
        boolean latValid = inRange(location, "latitude", lat.get(), 90, report);
        boolean lonValid = inRange(location, "longitude", lon.get(), 180, report);
        return latValid && lonValid ? Optional.of(new GeoPoint(lat.get(), lon.get())) : Optional.empty();
    }

    private static boolean inRange(FieldMap location, String key, double value, double limit, HsdsReport report) {
        if (value >= -limit && value <= limit) {
            return true;
        }
        Field field = location.get(key).orElseThrow();
        report.error(field, key + " " + field.asString().strip() + " is outside -" + (int) limit + " to " + (int) limit
            + "; the position (latitude and longitude) was ignored");
        return false;
    }
}
