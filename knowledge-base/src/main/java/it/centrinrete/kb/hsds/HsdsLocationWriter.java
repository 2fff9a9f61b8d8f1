package it.centrinrete.kb.hsds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.centrinrete.kb.content.Address;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Service;
import java.util.List;
import java.util.Optional;

/** Writes centres, and a service's own address, as HSDS locations. */
final class HsdsLocationWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private HsdsLocationWriter() {
    }

    static ObjectNode centre(Centre centre) {
        ObjectNode location = JSON.objectNode();
        location.put("id", centre.id());
        location.put("location_type", "physical");
        location.put("name", centre.name());
        text(location, "description", centre.description());
        text(location, "transportation", centre.howToGetThere());
        point(location, centre.location());
        location.set("addresses", addresses(centre.id(), centre.address()));
        if (!centre.accessibility().isEmpty()) {
            ObjectNode accessibility = location.putArray("accessibility").addObject();
            accessibility.put("id", HsdsIds.of(centre.id(), "accessibility"));
            accessibility.put("description", centre.accessibility());
        }
        location.set("phones", phones(centre.id(), centre.phones()));
        location.set("schedules", HsdsScheduleWriter.schedules(centre.id(), centre.openingHours(), List.of(centre.openingHours().note())));
        return location;
    }

    /**
     * The place of a service that is not at a centre. It is written without a name, so that importing it back gives the
     * service an address again rather than a new centre.
     */
    static Optional<ObjectNode> ownPlace(Service service) {
        if (service.address() == null && service.location() == null && service.where().isEmpty()) {
            return Optional.empty();
        }
        String id = HsdsIds.of(service.id(), "location");
        ObjectNode location = JSON.objectNode();
        location.put("id", id);
        location.put("location_type", "physical");
        text(location, "description", service.where());
        point(location, service.location());
        if (service.address() != null) {
            location.set("addresses", addresses(id, service.address()));
        }
        return Optional.of(location);
    }

    static ArrayNode phones(String ownerId, List<Phone> phones) {
        ArrayNode array = JSON.arrayNode();
        for (Phone phone : phones) {
            ObjectNode item = array.addObject();
            item.put("id", HsdsIds.of(ownerId, "phone", phone.number()));
            item.put("number", phone.display());
            text(item, "description", phone.label());
        }
        return array;
    }

    private static ArrayNode addresses(String ownerId, Address address) {
        ArrayNode addresses = JSON.arrayNode();
        ObjectNode item = addresses.addObject();
        item.put("id", HsdsIds.of(ownerId, "address"));
        item.put("address_1", address.street());
        text(item, "postal_code", address.postcode());
        text(item, "city", address.city());
        item.put("country", "IT");
        item.put("address_type", "physical");
        return addresses;
    }

    private static void point(ObjectNode location, GeoPoint point) {
        if (point != null) {
            location.put("latitude", point.lat());
            location.put("longitude", point.lon());
        }
    }

    /** Optional texts are left out rather than written empty. */
    static void text(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
