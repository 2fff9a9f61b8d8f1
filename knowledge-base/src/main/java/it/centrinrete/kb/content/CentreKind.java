package it.centrinrete.kb.content;

import java.util.Locale;

/** What sort of venue a centre is. */
public enum CentreKind {
    /** Centro Socio Ricreativo Culturale. */
    CSRC,
    /** Centro di Aggregazione Multifunzionale. */
    CAM,
    /** A community space in ALER public housing. */
    ALER,
    LIBRARY,
    HEALTH,
    MUNICIPIO,
    OTHER;

    public static CentreKind parse(String text) {
        String name = Checks.text("kind", text).toUpperCase(Locale.ROOT);
        for (CentreKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new InvalidEntryException("kind",
            "must be one of CSRC, CAM, ALER, LIBRARY, HEALTH, MUNICIPIO, OTHER, not '" + text + "'");
    }
}
