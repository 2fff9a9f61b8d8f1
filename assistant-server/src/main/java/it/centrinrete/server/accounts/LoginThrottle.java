package it.centrinrete.server.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows password guessing: after {@value #FREE_ATTEMPTS} failed logins for a name, each further attempt must wait,
 * twice as long after every failure (1 s, 2 s, 4 s … up to 15 minutes). A successful login clears the count.
 */
public final class LoginThrottle {
    static final int FREE_ATTEMPTS = 5;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this name must still wait before another attempt; zero when it may try now. */
    public Duration waitFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.count() < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration penalty = Duration.ofSeconds(1L << Math.min(20, f.count() - FREE_ATTEMPTS));
        penalty = penalty.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : penalty;
        Duration left = Duration.between(clock.instant(), f.last().plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String username) {
        failures.merge(key(username), new Failures(1, clock.instant()),
            (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
