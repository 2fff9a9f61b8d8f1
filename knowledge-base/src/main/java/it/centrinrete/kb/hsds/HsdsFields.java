package it.centrinrete.kb.hsds;

import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldException;
import it.centrinrete.kb.load.FieldMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tolerant readers of single HSDS values: a value of the wrong shape is reported and read as absent, because in
 * HSDS one bad value must not cost the whole service.
 */
final class HsdsFields {
    private HsdsFields() {
    }

    /** The field path of {@code key} inside {@code map}, as reports write it. */
    static String path(FieldMap map, String key) {
        return path(map.path(), key);
    }

    static String path(String base, String key) {
        return base.isEmpty() ? key : base + "." + key;
    }

    /** Stripped text, empty when absent, blank or not a single value. */
    static String text(FieldMap map, String key, HsdsReport report) {
        return scalar(map, key, report).map(Field::asString).map(String::strip).orElse("");
    }

    /** The field if it holds a single value (text, number, boolean); a group or list is reported. */
    static Optional<Field> scalar(FieldMap map, String key, HsdsReport report) {
        Optional<Field> field = map.get(key);
        if (field.isPresent() && (field.get().isMap() || field.get().isList())) {
            report.error(field.get(), "must be a single value, not a " + (field.get().isMap() ? "group of fields" : "list")
                + "; it was ignored");
            return Optional.empty();
        }
        return field;
    }

    static Optional<FieldMap> object(FieldMap map, String key, HsdsReport report) {
        return map.get(key).flatMap(field -> asObject(field, report));
    }

    /** The objects of a list; items that are not objects are reported and skipped. A single object counts as a list of one. */
    static List<FieldMap> objects(FieldMap map, String key, HsdsReport report) {
        List<FieldMap> objects = new ArrayList<>();
        for (Field item : map.list(key)) {
            asObject(item, report).ifPresent(objects::add);
        }
        return objects;
    }

    static Optional<FieldMap> asObject(Field field, HsdsReport report) {
        if (!field.isMap()) {
            report.error(field, "must be an object ({…}), not a single value or list; it was ignored");
            return Optional.empty();
        }
        try {
            return Optional.of(field.asMap());
        } catch (FieldException e) {
            report.error(field, e.getMessage() + "; the object was ignored");
            return Optional.empty();
        }
    }

    static Optional<Double> number(FieldMap map, String key, HsdsReport report) {
        Optional<Field> field = scalar(map, key, report);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(field.get().asDouble());
        } catch (FieldException e) {
            report.error(field.get(), "must be a number, not '" + field.get().asString() + "'; it was ignored");
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(FieldMap map, String key, HsdsReport report) {
        Optional<Field> field = scalar(map, key, report);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(field.get().asDate());
        } catch (FieldException e) {
            report.error(field.get(), "must be a date written YYYY-MM-DD, not '" + field.get().asString() + "'; it was ignored");
            return Optional.empty();
        }
    }
}
