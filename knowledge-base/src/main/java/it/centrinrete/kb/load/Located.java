package it.centrinrete.kb.load;

import it.centrinrete.kb.content.InvalidEntryException;
import java.util.function.Supplier;

/** Turns a model's validation error into a {@link FieldException} pointing at the line of the offending field. */
final class Located {
    private Located() {
    }

    static <T> T build(FieldMap fields, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidEntryException e) {
            String field = e.field();
            String last = field.substring(field.lastIndexOf('.') + 1);
            String first = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            String key = fields.keys().contains(last) ? last : fields.keys().contains(first) ? first : null;
            String base = fields.path();
            if (key != null) {
                throw new FieldException(fields.lineOf(key), base.isEmpty() ? key : base + "." + key, e.reason());
            }
            String path = base.isEmpty() || field.startsWith(base) ? field : base + "." + last;
            throw new FieldException(fields.line(), path, e.reason());
        }
    }

    static <T> T build(Field field, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidEntryException e) {
            throw field.error(e.reason());
        }
    }
}
