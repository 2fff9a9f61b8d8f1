package it.centrinrete.kb.load;

import it.centrinrete.kb.content.Content;
import java.util.List;

/** What loading a content folder produced: the valid entries, and every problem met on the way. */
public record LoadResult(Content content, List<ContentProblem> problems, int files) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public List<ContentProblem> errors() {
        return problems.stream().filter(p -> p.severity() == ContentProblem.Severity.ERROR).toList();
    }

    public List<ContentProblem> warnings() {
        return problems.stream().filter(p -> p.severity() == ContentProblem.Severity.WARNING).toList();
    }
}
