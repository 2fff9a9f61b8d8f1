package it.centrinrete.server.editing;

import it.centrinrete.server.knowledge.ImportReport;
import java.util.List;

/** An entry the console sent does not pass the content files' validation; each problem names its field. */
public final class InvalidFieldsException extends RuntimeException {
    private final transient List<ImportReport.Problem> problems;

    public InvalidFieldsException(List<ImportReport.Problem> problems) {
        super("The entry has " + problems.stream().filter(p -> p.severity().equals("error")).count()
            + " errors; each problem names its field.");
        this.problems = List.copyOf(problems);
    }

    public List<ImportReport.Problem> problems() {
        return problems;
    }
}
