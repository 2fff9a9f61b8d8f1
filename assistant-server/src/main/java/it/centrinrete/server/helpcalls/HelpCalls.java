package it.centrinrete.server.helpcalls;

import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.security.Kiosk;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Help calls as a use case: a kiosk calls, the consoles hear it at once, an operator takes it (audited). */
public final class HelpCalls {
    /** Why a call was made when the kiosk did not say. */
    public static final String UNSAID = "kiosk";
    /** The person asked the assistant for an operator, aloud or in writing. */
    public static final String ASKED = "voice";

    private final HelpCallStore store;
    private final HelpCallHub hub;
    private final AuditLog audit;
    private final Clock clock;

    public HelpCalls(HelpCallStore store, HelpCallHub hub, AuditLog audit, Clock clock) {
        this.store = store;
        this.hub = hub;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the call and tells every console listening for its centre. */
    public HelpCall call(Kiosk kiosk, String reason) {
        HelpCall call = store.add(kiosk.name(), kiosk.centreId(), reason == null || reason.isBlank() ? UNSAID : reason.strip(),
            clock.instant());
        hub.publish(call);
        return call;
    }

    public List<HelpCall> recent(String centreId, int limit) {
        return store.recent(centreId, limit);
    }

    public Optional<HelpCall> find(long id) {
        return store.find(id);
    }

    /**
     * An operator is on their way: the call is marked, audited and the consoles told, so that the alert leaves every
     * screen. Taking a call someone already took changes nothing and returns it as it is.
     */
    public HelpCall acknowledge(long id, String username) {
        if (store.acknowledge(id, username, clock.instant())) {
            HelpCall taken = store.find(id).orElseThrow();
            audit.record(username, "helpcall.acknowledge", "help-call:" + id, taken.kioskName());
            hub.publish(taken);
            return taken;
        }
        return store.find(id).orElseThrow();
    }

    public HelpCallHub hub() {
        return hub;
    }
}
