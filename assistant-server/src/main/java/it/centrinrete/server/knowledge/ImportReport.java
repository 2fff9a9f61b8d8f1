package it.centrinrete.server.knowledge;

import it.centrinrete.kb.load.ContentProblem;
import java.util.List;
import java.util.Locale;

/**
 * What an upload did: the entries added and changed, and every problem found (file, line, field, message).
 *
 * @param stored false when the file had errors and nothing was stored
 */
public record ImportReport(boolean stored, List<String> added, List<String> changed, List<Problem> problems) {
    /** A problem as the console shows it. */
    public record Problem(String file, int line, String field, String severity, String message) {
    }

    public ImportReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        problems = List.copyOf(problems);
    }

    static ImportReport rejected(List<ContentProblem> problems) {
        return new ImportReport(false, List.of(), List.of(), convert(problems));
    }

    static ImportReport stored(List<String> ids, List<String> changed, List<ContentProblem> problems) {
        List<String> added = ids.stream().filter(id -> !changed.contains(id)).toList();
        return new ImportReport(true, added, changed, convert(problems));
    }

    private static List<Problem> convert(List<ContentProblem> problems) {
        return problems.stream().map(p -> new Problem(p.file(), p.line(), p.field(),
            p.severity().name().toLowerCase(Locale.ROOT), p.message())).toList();
    }
}
