package it.centrinrete.kb.load;

import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.EntryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One YAML file per entry, in the folder named after the entry's type ({@code centres/csrc-zante.yaml}). */
public final class NativeFormat implements ContentFormat {

    @Override
    public boolean accepts(String relativePath) {
        return (relativePath.endsWith(".yaml") || relativePath.endsWith(".yml")) && folderType(relativePath).isPresent();
    }

    /** The entry type of the first folder in the path that names one. */
    static Optional<EntryType> folderType(String relativePath) {
        String[] parts = relativePath.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            for (EntryType type : EntryType.values()) {
                if (type.folder().equals(parts[i])) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public List<LoadedEntry> read(ContentDocument document, String relativePath, List<ContentProblem> problems) {
        FieldMap fields = document.root().asMap();
        Entry entry = NativeEntryReader.read(fields, folderType(relativePath).orElseThrow());
        problems.addAll(document.unreadFieldWarnings());
        Map<String, Integer> references = new HashMap<>();
        for (String key : List.of("centre", "centres", "related")) {
            if (fields.keys().contains(key)) {
                references.put(key, fields.lineOf(key));
            }
        }
        return List.of(new LoadedEntry(entry, relativePath, fields.lineOf("id"), references, false));
    }
}
