package it.centrinrete.kb.bench;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.Provenance;
import it.centrinrete.kb.content.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large content set with the vocabulary and length of the real one: each synthetic entry is a service made from
 * a sample entry's texts, placed in another neighbourhood of the city, with a shuffled share of its keywords.
 * Deterministic (fixed seed), so figures from two runs compare.
 */
public final class SyntheticContent {
    private static final String[] PLACES = {"Corvetto", "Gratosoglio", "Vigentino", "Stadera", "Calvairate", "Forlanini",
        "Ponte Lambro", "Rogoredo", "Lodi", "Ripamonti", "Chiaravalle", "Morsenchio", "Taliedo", "Molise", "Cantalupa"};

    private SyntheticContent() {
    }

    public static Content generate(Content sample, int size) {
        Random random = new Random(42);
        List<Entry> templates = sample.entries();
        List<Entry> entries = new ArrayList<>(sample.entries());
        Provenance provenance = new Provenance(LocalDate.of(2026, 11, 20), "dati sintetici per i benchmark", true);
        for (int i = entries.size(); i < size; i++) {
            Entry template = templates.get(random.nextInt(templates.size()));
            String place = PLACES[random.nextInt(PLACES.length)];
            List<String> keywords = new ArrayList<>(template.keywords());
            java.util.Collections.shuffle(keywords, random);
            keywords = keywords.subList(0, (keywords.size() + 1) / 2);
            GeoPoint location = new GeoPoint(45.40 + random.nextDouble() * 0.1, 9.15 + random.nextDouble() * 0.11);
            entries.add(new Service("syn-" + i, template.title() + " " + place, String.join(" ", template.bodyTexts()) + " " + place,
                "", List.of(), List.of(), "", "", List.of(), place, null, location, null, "", List.of(), "", "", List.of(),
                keywords, provenance));
        }
        return Content.of(entries);
    }
}
