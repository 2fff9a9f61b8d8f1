package it.centrinrete.kb.load;

/** A value in a content file that cannot be read; carries where it is so the report can point at it. */
public final class FieldException extends RuntimeException {
    private final int line;
    private final String field;

    public FieldException(int line, String field, String message) {
        super(message);
        this.line = line;
        this.field = field;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public ContentProblem toProblem(String file, ContentProblem.Severity severity) {
        return new ContentProblem(file, line, field, getMessage(), severity);
    }
}
