package it.centrinrete.kb.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One value of a content file together with where it was written. Every conversion that fails throws a
 * {@link FieldException} naming the field path and the line, which is how reports point operators at mistakes.
 */
public final class Field {
    private final String path;
    private final Node node;
    private final ReadTracker tracker;

    Field(String path, Node node, ReadTracker tracker) {
        this.path = path;
        this.node = node;
        this.tracker = tracker;
    }

    public String path() {
        return path;
    }

    /** 1-based line where the value starts. */
    public int line() {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    public boolean isNull() {
        return node instanceof ScalarNode scalar
            && (Tag.NULL.equals(scalar.getTag()) || scalar.isPlain() && scalar.getValue().isEmpty());
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public FieldException error(String message) {
        return new FieldException(line(), path, message);
    }

    /** The text of a scalar; numbers and booleans are returned as written. */
    public String asString() {
        if (node instanceof ScalarNode scalar) {
            return isNull() ? "" : scalar.getValue();
        }
        throw error("must be a single value, not a " + (isMap() ? "group of fields" : "list"));
    }

    public FieldMap asMap() {
        if (node instanceof MappingNode mapping) {
            return new FieldMap(path, mapping, tracker);
        }
        throw error("must be a group of fields (key: value), not " + describe());
    }

    /** The items of a list; a single value is taken as a list of one, since operators often write it so. */
    public List<Field> asList() {
        if (isNull()) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            List<Field> items = new ArrayList<>();
            List<Node> values = sequence.getValue();
            for (int i = 0; i < values.size(); i++) {
                items.add(new Field(path + "[" + (i + 1) + "]", values.get(i), tracker));
            }
            return items;
        }
        return List.of(this);
    }

    public List<String> asStrings() {
        List<String> values = new ArrayList<>();
        for (Field item : asList()) {
            String value = item.asString().strip();
            if (value.isEmpty()) {
                throw item.error("must not be empty");
            }
            values.add(value);
        }
        return values;
    }

    public int asInt() {
        try {
            return Integer.parseInt(asString().strip());
        } catch (NumberFormatException e) {
            throw error("must be a whole number, not '" + asString() + "'");
        }
    }

    public double asDouble() {
        try {
            return Double.parseDouble(asString().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw error("must be a number, not '" + asString() + "'");
        }
    }

    public boolean asBoolean() {
        return switch (asString().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "si", "sì" -> true;
            case "false", "no" -> false;
            default -> throw error("must be true or false, not '" + asString() + "'");
        };
    }

    public LocalDate asDate() {
        String text = asString().strip();
        try {
            // HSDS writes date-times where a date is meant; the day is what matters
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw error("must be a date written YYYY-MM-DD, not '" + text + "'");
        }
    }

    private String describe() {
        if (isList()) {
            return "a list";
        }
        return isNull() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
    }
}
