package it.centrinrete.kb.content;

import it.centrinrete.kb.hours.OpeningHours;
import java.util.ArrayList;
import java.util.List;

/**
 * A place people go to: a CSRC, a CAM, a library, a Casa di Comunità, a Municipio office.
 *
 * @param municipio Milan's municipio number (1 to 9), 0 when the place is outside Milan
 * @param location null when the position is unknown
 */
public record Centre(
    String id,
    String name,
    CentreKind kind,
    String description,
    Address address,
    int municipio,
    String neighbourhood,
    GeoPoint location,
    OpeningHours openingHours,
    List<Phone> phones,
    String email,
    String accessibility,
    String howToGetThere,
    List<String> keywords,
    Provenance provenance) implements Entry {

    public Centre {
        id = Checks.id(id);
        name = Checks.text("name", name);
        Checks.required("kind", kind);
        description = Checks.optionalText(description);
        Checks.required("address", address);
        if (municipio < 0 || municipio > 9) {
            throw new InvalidEntryException("municipio", "Milan has municipi 1 to 9 (0 outside Milan), not " + municipio);
        }
        neighbourhood = Checks.optionalText(neighbourhood);
        openingHours = openingHours == null ? OpeningHours.none() : openingHours;
        phones = Checks.list("phones", phones);
        email = Checks.optionalText(email);
        accessibility = Checks.optionalText(accessibility);
        howToGetThere = Checks.optionalText(howToGetThere);
        keywords = Checks.strippedStrings("keywords", keywords);
        Checks.required("provenance", provenance);
    }

    @Override
    public EntryType type() {
        return EntryType.CENTRE;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public List<String> bodyTexts() {
        List<String> texts = new ArrayList<>(List.of(description, address.oneLine(), neighbourhood, accessibility, howToGetThere,
            openingHours.note()));
        texts.removeIf(String::isBlank);
        return List.copyOf(texts);
    }
}
