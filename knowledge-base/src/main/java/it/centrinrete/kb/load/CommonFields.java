package it.centrinrete.kb.load;

import it.centrinrete.kb.content.Address;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Readers for the values several entry types share: provenance, phones, addresses, coordinates. */
final class CommonFields {
    private CommonFields() {
    }

    static Provenance provenance(FieldMap fields) {
        return Located.build(fields, () -> new Provenance(fields.date("lastReviewed"), fields.string("source"),
            fields.bool("sample", false)));
    }

    static List<Phone> phones(FieldMap fields) {
        List<Phone> phones = new ArrayList<>();
        for (Field item : fields.list("phones")) {
            if (item.isMap()) {
                FieldMap phone = item.asMap();
                phones.add(Located.build(phone.require("number"),
                    () -> new Phone(phone.string("number"), phone.optionalString("label"))));
            } else {
                phones.add(Located.build(item, () -> Phone.of(item.asString())));
            }
        }
        return phones;
    }

    static Optional<Address> address(FieldMap fields) {
        return fields.map("address").map(address -> Located.build(address, () -> new Address(
            address.optionalString("street"), address.optionalString("postcode"), address.optionalString("city"))));
    }

    static Optional<GeoPoint> coordinates(FieldMap fields) {
        return fields.map("coordinates").map(point -> {
            double lat = point.require("lat").asDouble();
            double lon = point.require("lon").asDouble();
            return Located.build(point, () -> new GeoPoint(lat, lon));
        });
    }
}
