package it.centrinrete.kb.load;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads every content file of a folder. A file with an error loses only its own entry (or, for HSDS, only the bad
 * values); everything else still loads, and every problem is reported with file, line and field.
 */
public final class ContentLoader {
    private final List<ContentFormat> formats;

    public ContentLoader(List<ContentFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public LoadResult load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("content folder " + directory + " does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list content folder " + directory, e);
        }
        List<ContentProblem> problems = new ArrayList<>();
        List<LoadedEntry> loaded = new ArrayList<>();
        int read = 0;
        for (Path file : files) {
            String relative = directory.relativize(file).toString().replace('\\', '/');
            var format = formats.stream().filter(f -> f.accepts(relative)).findFirst();
            if (format.isPresent()) {
                read++;
                loaded.addAll(readOne(format.get(), relative, () -> ContentDocument.read(file, relative), problems));
            } else if (relative.endsWith(".json") || relative.endsWith(".yaml") || relative.endsWith(".yml")) {
                problems.add(new ContentProblem(relative, 0, "", "was ignored: YAML entries belong in centres/, services/, "
                    + "activities/, guides/ or faq/, and HSDS files must be named *.hsds.json", ContentProblem.Severity.WARNING));
            }
        }
        return assemble(loaded, problems, read);
    }

    /** Loads one uploaded file, named as it would be inside a content folder ("services/x.yaml", "import.hsds.json"). */
    public LoadResult loadDocument(String relativePath, String text) {
        var format = formats.stream().filter(f -> f.accepts(relativePath)).findFirst();
        List<ContentProblem> problems = new ArrayList<>();
        if (format.isEmpty()) {
            problems.add(new ContentProblem(relativePath, 0, "", "is neither a native YAML entry (centres/…, services/…, activities/…, "
                + "guides/…, faq/…) nor an HSDS file (*.hsds.json)", ContentProblem.Severity.ERROR));
            return new LoadResult(Content.empty(), problems, 0);
        }
        List<LoadedEntry> loaded = readOne(format.get(), relativePath, () -> ContentDocument.parse(relativePath, text), problems);
        return new LoadResult(Content.of(loaded.stream().map(LoadedEntry::entry).toList()), problems, 1);
    }

    private static List<LoadedEntry> readOne(ContentFormat format, String relative,
                                             Supplier<ContentDocument> parse, List<ContentProblem> problems) {
        try {
            return format.read(parse.get(), relative, problems);
        } catch (FieldException e) {
            problems.add(e.toProblem(relative, ContentProblem.Severity.ERROR));
            return List.of();
        }
    }

    private static LoadResult assemble(List<LoadedEntry> loaded, List<ContentProblem> problems, int files) {
        Map<String, LoadedEntry> byId = new LinkedHashMap<>();
        for (LoadedEntry candidate : loaded) {
            LoadedEntry earlier = byId.get(candidate.entry().id());
            if (earlier == null) {
                byId.put(candidate.entry().id(), candidate);
            } else if (earlier.replaceable() && candidate.replaceable()) {
                byId.put(candidate.entry().id(), candidate);
                problems.add(new ContentProblem(candidate.file(), candidate.line(), "id", "'" + candidate.entry().id()
                    + "' was also in " + earlier.file() + "; the two are one entry, as read here", ContentProblem.Severity.WARNING));
            } else {
                problems.add(new ContentProblem(candidate.file(), candidate.line(), "id", "'" + candidate.entry().id()
                    + "' is already used by " + earlier.file() + "; this entry was not loaded", ContentProblem.Severity.ERROR));
            }
        }
        List<LoadedEntry> valid = new ArrayList<>();
        for (LoadedEntry candidate : byId.values()) {
            if (referencesAreSound(candidate, byId, problems)) {
                valid.add(candidate);
            }
        }
        return new LoadResult(Content.of(valid.stream().map(LoadedEntry::entry).toList()), problems, files);
    }

    /** An activity needs its centre; other references to unknown entries are only warned about. */
    private static boolean referencesAreSound(LoadedEntry loaded, Map<String, LoadedEntry> byId, List<ContentProblem> problems) {
        int line = loaded.referenceLines().getOrDefault(switch (loaded.entry()) {
            case Activity a -> "centre";
            case Service s -> "centres";
            default -> "related";
        }, loaded.line());
        switch (loaded.entry()) {
            case Activity activity -> {
                if (!(byId.get(activity.centre()) instanceof LoadedEntry centre && centre.entry() instanceof Centre)) {
                    problems.add(new ContentProblem(loaded.file(), line, "centre", "'" + activity.centre()
                        + "' is not the id of a centre; the activity was not loaded", ContentProblem.Severity.ERROR));
                    return false;
                }
            }
            case Service service -> service.centres().stream()
                .filter(id -> !(byId.get(id) instanceof LoadedEntry centre && centre.entry() instanceof Centre))
                .forEach(id -> problems.add(new ContentProblem(loaded.file(), line, "centres", "'" + id
                    + "' is not the id of a centre and was ignored", ContentProblem.Severity.WARNING)));
            case Faq faq -> faq.related().stream().filter(id -> !byId.containsKey(id))
                .forEach(id -> problems.add(new ContentProblem(loaded.file(), line, "related", "'" + id
                    + "' is not the id of an entry", ContentProblem.Severity.WARNING)));
            default -> {
            }
        }
        return true;
    }
}
