package it.centrinrete.kb.hours;

import java.time.ZoneId;

/** The one time zone the knowledge base reasons in: opening hours and sessions are written in Milan's wall-clock time. */
public final class MilanTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private MilanTime() {
    }
}
