package it.centrinrete.kiosk.net;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How hard the client tries before it calls the server unreachable: a few attempts, with exponentially growing
 * pauses that are randomised ("full jitter") so a room of kiosks coming back after an outage does not knock at the
 * same instant.
 *
 * @param attempts tries in all, at least 1
 * @param firstDelay the longest pause after the first failure; each next one may be twice as long
 * @param maxDelay no pause is longer than this
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer to a small request (a download gets four times as long)
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay, Duration connectTimeout, Duration requestTimeout) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        if (firstDelay.isNegative() || maxDelay.isNegative() || connectTimeout.isZero() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("delays must not be negative and timeouts must be positive");
        }
    }

    /** Three tries in about a second on top of the timeouts: long enough for a blip, short enough for a person waiting. */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(8));
    }

    /** The pause before try number {@code attempt + 1}, after {@code attempt} (1-based) failures. */
    public Duration delayAfter(int attempt) {
        long ceiling = Math.min(maxDelay.toMillis(), firstDelay.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
