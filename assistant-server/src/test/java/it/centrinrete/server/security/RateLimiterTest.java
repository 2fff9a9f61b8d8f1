package it.centrinrete.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aKioskMayAskUpToTheLimitThenWaits() {
        // given
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(3, clock);

        // when / then
        assertThat(limiter.allow("kiosk-1")).isTrue();
        assertThat(limiter.allow("kiosk-1")).isTrue();
        assertThat(limiter.allow("kiosk-1")).isTrue();
        assertThat(limiter.allow("kiosk-1")).isFalse();
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.allow("kiosk-1")).isTrue();
        assertThat(limiter.allow("kiosk-1")).isFalse();
    }

    @Test
    void kiosksHaveTheirOwnAllowance() {
        // given
        RateLimiter limiter = new RateLimiter(1, new ManualClock());

        // when / then
        assertThat(limiter.allow("kiosk-1")).isTrue();
        assertThat(limiter.allow("kiosk-2")).isTrue();
        assertThat(limiter.allow("kiosk-1")).isFalse();
    }

    @Test
    void zeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(0, new ManualClock());
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.allow("kiosk-1")).isTrue();
        }
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> new RateLimiter(-1, Clock.systemUTC())).hasMessageContaining("security.kiosk-rate-limit");
    }
}
