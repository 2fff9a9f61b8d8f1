package it.centrinrete.kb.load;

import java.util.ArrayList;
import java.util.List;

/** Remembers every group of fields read from one document, so fields nobody asked for can be reported. */
final class ReadTracker {
    private final List<FieldMap> maps = new ArrayList<>();

    void register(FieldMap map) {
        maps.add(map);
    }

    /** Fields present in the document that no reader asked for: usually typos ("adress:"). */
    List<Field> unread() {
        List<Field> unread = new ArrayList<>();
        maps.forEach(map -> unread.addAll(map.unread()));
        return unread;
    }
}
