package it.centrinrete.server.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Logged-in console sessions, in memory: a random id for the cookie and a separate random CSRF token that every
 * state-changing request must echo in a header. A session ends on logout or after a while without use.
 */
public final class ConsoleSessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One logged-in account. */
    public record Session(String id, Account account, String csrfToken, Instant lastUsed) {
    }

    private final Duration idle;
    private final Clock clock;
    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();

    public ConsoleSessions(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    public Session open(Account account) {
        Session session = new Session(random(), account, random(), clock.instant());
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this cookie value, refreshed; empty when unknown or expired. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = sessions.get(id);
        if (session == null || session.lastUsed().plus(idle).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session refreshed = new Session(session.id(), session.account(), session.csrfToken(), now);
        sessions.put(id, refreshed);
        return Optional.of(refreshed);
    }

    /**
     * Whether the session is still live, without refreshing it: a page left open on a stream of events must not keep
     * its session alive for ever.
     */
    public boolean isLive(String id) {
        Session session = id == null ? null : sessions.get(id);
        return session != null && !session.lastUsed().plus(idle).isBefore(clock.instant());
    }

    public void close(String id) {
        sessions.remove(id);
    }

    /** Ends every session of this account but {@code keep}: after a password change, other browsers must log in again. */
    public void closeOthers(String username, String keep) {
        sessions.values().removeIf(session -> session.account().username().equals(username) && !session.id().equals(keep));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
