package it.centrinrete.kb.content;

import java.util.Locale;

/** The five kinds of knowledge-base entry; {@link #wireName()} is the name in the API and the content folders. */
public enum EntryType {
    CENTRE("centres"),
    SERVICE("services"),
    ACTIVITY("activities"),
    GUIDE("guides"),
    FAQ("faq");

    private final String folder;

    EntryType(String folder) {
        this.folder = folder;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The folder, under a content directory, that holds one YAML file per entry of this type. */
    public String folder() {
        return folder;
    }

    public static EntryType fromWireName(String name) {
        for (EntryType type : values()) {
            if (type.wireName().equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new InvalidEntryException("type", "must be one of centre, service, activity, guide, faq, not '" + name + "'");
    }
}
