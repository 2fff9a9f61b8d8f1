package it.centrinrete.kb.hsds;

import it.centrinrete.kb.load.ContentProblem;
import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldMap;
import java.time.LocalDate;
import java.util.List;

/**
 * What the reading of one HSDS file knows and reports: the file, today's date, and the problems found. Every
 * problem points at the line and field path of the value concerned, so an operator can find it in the file.
 */
final class HsdsReport {
    private final String file;
    private final LocalDate today;
    private final List<ContentProblem> problems;

    HsdsReport(String file, LocalDate today, List<ContentProblem> problems) {
        this.file = file;
        this.today = today;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    /** The file name without its folders, as provenance shows it. */
    String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    LocalDate today() {
        return today;
    }

    void error(Field field, String message) {
        add(field.line(), field.path(), message, ContentProblem.Severity.ERROR);
    }

    void warning(Field field, String message) {
        add(field.line(), field.path(), message, ContentProblem.Severity.WARNING);
    }

    void error(FieldMap map, String message) {
        add(map.line(), map.path(), message, ContentProblem.Severity.ERROR);
    }

    void warning(FieldMap map, String message) {
        add(map.line(), map.path(), message, ContentProblem.Severity.WARNING);
    }

    void error(int line, String path, String message) {
        add(line, path, message, ContentProblem.Severity.ERROR);
    }

    void warning(int line, String path, String message) {
        add(line, path, message, ContentProblem.Severity.WARNING);
    }

    private void add(int line, String path, String message, ContentProblem.Severity severity) {
        problems.add(new ContentProblem(file, line, path, message, severity));
    }
}
