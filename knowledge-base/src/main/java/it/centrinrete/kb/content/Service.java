package it.centrinrete.kb.content;

import it.centrinrete.kb.hours.OpeningHours;
import java.util.ArrayList;
import java.util.List;

/**
 * Something older people can get or use: home care, meals at home, a health desk, a bonus.
 *
 * @param centres ids of the centres where the service is offered, nearest-first as the content lists them
 * @param address where the service is, when it is not at one of {@code centres}; may be null
 * @param location position of {@code address}; may be null
 * @param when free-text times when {@code openingHours} cannot say it ("su appuntamento")
 */
public record Service(
    String id,
    String name,
    String description,
    String eligibility,
    List<String> howToAccess,
    List<String> documents,
    String cost,
    String provider,
    List<String> centres,
    String where,
    Address address,
    GeoPoint location,
    OpeningHours openingHours,
    String when,
    List<Phone> phones,
    String email,
    String website,
    List<String> languages,
    List<String> keywords,
    Provenance provenance) implements Entry {

    public Service {
        id = Checks.id(id);
        name = Checks.text("name", name);
        description = Checks.text("description", description);
        eligibility = Checks.optionalText(eligibility);
        howToAccess = Checks.strippedStrings("howToAccess", howToAccess);
        documents = Checks.strippedStrings("documents", documents);
        cost = Checks.optionalText(cost);
        provider = Checks.optionalText(provider);
        centres = Checks.strippedStrings("centres", centres);
        centres.forEach(centre -> Checks.id(centre));
        where = Checks.optionalText(where);
        openingHours = openingHours == null ? OpeningHours.none() : openingHours;
        when = Checks.optionalText(when);
        phones = Checks.list("phones", phones);
        email = Checks.optionalText(email);
        website = Checks.optionalText(website);
        languages = Checks.strippedStrings("languages", languages);
        keywords = Checks.strippedStrings("keywords", keywords);
        Checks.required("provenance", provenance);
    }

    @Override
    public EntryType type() {
        return EntryType.SERVICE;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public List<String> bodyTexts() {
        List<String> texts = new ArrayList<>(List.of(description, eligibility, cost, provider, where, when));
        texts.addAll(howToAccess);
        texts.addAll(documents);
        if (address != null) {
            texts.add(address.oneLine());
        }
        texts.removeIf(String::isBlank);
        return List.copyOf(texts);
    }
}
