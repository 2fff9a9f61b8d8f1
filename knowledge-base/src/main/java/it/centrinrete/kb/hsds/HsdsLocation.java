package it.centrinrete.kb.hsds;

import it.centrinrete.kb.content.Address;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.CentreKind;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Provenance;
import it.centrinrete.kb.hours.OpeningHours;
import java.util.List;

/**
 * An HSDS location as read, before it is known which services use it.
 *
 * @param id the HSDS id, empty when the location has none
 * @param address null when the location has no usable street address
 * @param point null when the position is missing or invalid
 * @param centre true when the location can become a centre: an id, a name and a street address of a place people go to
 * @param path the field path of the location object, and {@code line} where it starts, for reports about the centre
 */
record HsdsLocation(
    String id,
    String name,
    String description,
    String transportation,
    String accessibility,
    Address address,
    GeoPoint point,
    OpeningHours hours,
    List<Phone> phones,
    List<String> keywords,
    boolean centre,
    String path,
    int line) {

    /** The centre this location becomes; the kind is unknown in HSDS, so OTHER. */
    Centre toCentre(Provenance provenance) {
        return new Centre(id, name, CentreKind.OTHER, description, address, 0, "", point, hours, phones, "", accessibility,
            transportation, keywords, provenance);
    }

    /** What a service says about this place in its free-text {@code where}, when the place is not a centre. */
    String whereText() {
        return HsdsTexts.sentences(List.of(name, description, accessibility));
    }
}
