package it.centrinrete.kb.content;

import java.time.LocalDate;

/**
 * Where an entry's facts come from and when someone last checked them.
 *
 * @param lastReviewed the day an operator last confirmed the entry
 * @param source who or what the facts come from (an office, a web page, "dati di esempio")
 * @param sample true for the bundled sample content, which operators must verify before real use
 */
public record Provenance(LocalDate lastReviewed, String source, boolean sample) {
    public Provenance {
        Checks.required("lastReviewed", lastReviewed);
        source = Checks.text("source", source);
    }
}
