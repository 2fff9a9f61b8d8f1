package it.centrinrete.kb.load;

import it.centrinrete.kb.content.Entry;
import java.util.Map;

/**
 * An entry with the file it came from and the lines of its references to other entries, so that a reference
 * to an unknown entry can be reported where it is written.
 *
 * @param referenceLines line of each reference field ("centre", "centres", "related") that the entry has
 * @param replaceable true when a later file may bring the same id again and replace it (HSDS re-imports)
 */
public record LoadedEntry(Entry entry, String file, int line, Map<String, Integer> referenceLines, boolean replaceable) {
    public LoadedEntry {
        referenceLines = Map.copyOf(referenceLines);
    }
}
