package it.centrinrete.server.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code perMinute} requests per kiosk in any minute, as a token bucket that refills continuously: a
 * kiosk stuck in a loop cannot starve the others, and a person asking several questions in a row never notices.
 * A limit of 0 turns it off (load tests).
 */
public final class RateLimiter {
    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("security.kiosk-rate-limit must be 0 (off) or more, not " + perMinute);
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether the kiosk may make one more request now; takes one token if so. */
    public boolean allow(String kiosk) {
        if (perMinute == 0) {
            return true;
        }
        return buckets.computeIfAbsent(kiosk, key -> new Bucket(perMinute, clock.millis())).take(perMinute, clock.millis());
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized boolean take(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - updatedAt) * perMinute / 60_000.0);
            updatedAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
