package it.centrinrete.server.editing;

import it.centrinrete.kb.content.Entry;
import it.centrinrete.server.knowledge.ImportReport;
import java.util.List;

/**
 * Native fields read through the content loader: the entry they make, and the warnings met on the way.
 *
 * @param body the fields as the JSON document that was read, ready to be stored or published
 */
public record CheckedEntry(Entry entry, String body, List<ImportReport.Problem> warnings) {
    public CheckedEntry {
        warnings = List.copyOf(warnings);
    }
}
