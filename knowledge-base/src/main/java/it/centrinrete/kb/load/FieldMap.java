package it.centrinrete.kb.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A group of named fields of a content file (a YAML mapping or a JSON object), with their lines. */
public final class FieldMap {
    private final String path;
    private final int line;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    FieldMap(String path, MappingNode node, ReadTracker tracker) {
        this.path = path;
        this.line = node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            int keyLine = tuple.getKeyNode().getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
            if (key == null) {
                throw new FieldException(keyLine, path, "field names must be plain words");
            }
            if (fields.containsKey(key)) {
                throw new FieldException(keyLine, childPath(key), "is written twice; keep one");
            }
            fields.put(key, new Field(childPath(key), tuple.getValueNode(), tracker));
        }
        tracker.register(this);
    }

    public int line() {
        return line;
    }

    public String path() {
        return path;
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The field, if present and not null. */
    public Optional<Field> get(String key) {
        read.add(key);
        Field field = fields.get(key);
        return field == null || field.isNull() ? Optional.empty() : Optional.of(field);
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    public Field require(String key) {
        return get(key).orElseThrow(() -> new FieldException(line, childPath(key), "is required but missing"));
    }

    public String string(String key) {
        String value = require(key).asString().strip();
        if (value.isEmpty()) {
            throw new FieldException(require(key).line(), childPath(key), "must not be empty");
        }
        return value;
    }

    public String optionalString(String key) {
        return get(key).map(Field::asString).map(String::strip).orElse("");
    }

    public List<String> strings(String key) {
        return get(key).map(Field::asStrings).orElse(List.of());
    }

    public Optional<FieldMap> map(String key) {
        return get(key).map(Field::asMap);
    }

    public List<Field> list(String key) {
        return get(key).map(Field::asList).orElse(List.of());
    }

    public LocalDate date(String key) {
        return require(key).asDate();
    }

    public Optional<LocalDate> optionalDate(String key) {
        return get(key).map(Field::asDate);
    }

    public boolean bool(String key, boolean otherwise) {
        return get(key).map(Field::asBoolean).orElse(otherwise);
    }

    /** The line of a field, or of this group when the field is absent. */
    public int lineOf(String key) {
        Field field = fields.get(key);
        return field == null ? line : field.line();
    }

    /** The keys, in the order written, without marking them read. */
    public Set<String> keys() {
        return fields.keySet();
    }

    List<Field> unread() {
        List<Field> unread = new ArrayList<>();
        fields.forEach((key, field) -> {
            if (!read.contains(key)) {
                unread.add(field);
            }
        });
        return unread;
    }
}
