package it.centrinrete.server.editing;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the console's entry list.
 *
 * @param centres the centres the entry belongs to; empty for guides and FAQs
 * @param published false for a new entry that exists only as a draft
 * @param stale whether its {@code lastReviewed} is older than the review period
 * @param mayEdit whether the account asking may change it
 */
public record EntryRow(String id, String type, String title, List<String> centres, LocalDate lastReviewed, boolean sample,
                       boolean published, boolean hasDraft, boolean stale, boolean mayEdit) {
    public EntryRow {
        centres = List.copyOf(centres);
    }
}
