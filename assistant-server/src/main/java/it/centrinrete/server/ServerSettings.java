package it.centrinrete.server;

import io.helidon.config.Config;
import it.centrinrete.server.booking.BookingRules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The settings the server reads at start-up, validated at once so a mistake stops it with a clear message
 * instead of failing later. Environment variables such as {@code KB_CONTENT_DIR} override the file.
 *
 * @param contentDir the content folder to import, or null for the bundled sample content
 * @param kioskTokens tokens given in configuration; empty means demo mode (one random token, printed)
 * @param adminPassword the first admin's password; empty means demo mode (random, printed)
 * @param reviewMonths entries not reviewed for longer than this are listed in the console as to be reviewed
 * @param eventsHeartbeat how often a console's quiet stream of help calls sends a heartbeat (and notices a closed page)
 */
public record ServerSettings(Path contentDir, Path indexDir, String dbUrl, String dbUser, String dbPassword,
                             List<String> kioskTokens, String kioskCentre, int kioskRateLimit, String adminPassword,
                             int maxSessions, Duration conversationIdle, BookingRules bookingRules, int reviewMonths,
                             Duration eventsHeartbeat) {

    public static ServerSettings from(Config config) {
        String contentDir = text(config, "kb.content-dir", "KB_CONTENT_DIR");
        String tokens = text(config, "security.kiosk-tokens", "SECURITY_KIOSK_TOKENS");
        int maxSessions = config.get("conversation.max-sessions").asInt().orElse(10_000);
        int idleMinutes = config.get("conversation.idle-minutes").asInt().orElse(30);
        if (idleMinutes < 1) {
            throw new IllegalArgumentException("conversation.idle-minutes must be at least 1, not " + idleMinutes);
        }
        return new ServerSettings(
            contentDir.isBlank() ? null : Path.of(contentDir),
            Path.of(orDefault(text(config, "kb.index-dir", "KB_INDEX_DIR"), "./data/index")),
            orDefault(text(config, "db.url", "DB_URL"), "jdbc:h2:file:./data/centrinrete"),
            orDefault(text(config, "db.user", "DB_USER"), "sa"),
            text(config, "db.password", "DB_PASSWORD"),
            tokens.isBlank() ? List.of() : Arrays.stream(tokens.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
            orDefault(text(config, "security.kiosk-centre", "SECURITY_KIOSK_CENTRE"), "csrc-zante"),
            number(orDefault(text(config, "security.kiosk-rate-limit", "SECURITY_KIOSK_RATE_LIMIT"), "120"),
                "security.kiosk-rate-limit"),
            text(config, "security.admin-password", "SECURITY_ADMIN_PASSWORD"),
            maxSessions,
            Duration.ofMinutes(idleMinutes),
            bookingRules(config),
            (int) setting(config, "console.review-months", "CONSOLE_REVIEW_MONTHS", 12),
            Duration.ofSeconds(Math.max(1, setting(config, "console.events-heartbeat-seconds", "CONSOLE_EVENTS_HEARTBEAT_SECONDS", 15))));
    }

    private static BookingRules bookingRules(Config config) {
        BookingRules defaults = BookingRules.defaults();
        return new BookingRules(
            Duration.ofMinutes(setting(config, "bookings.close-minutes-before", "BOOKINGS_CLOSE_MINUTES_BEFORE",
                defaults.closeBefore().toMinutes())),
            (int) setting(config, "bookings.max-active-per-person", "BOOKINGS_MAX_ACTIVE_PER_PERSON", defaults.maxActivePerPerson()),
            Duration.ofDays(setting(config, "bookings.horizon-days", "BOOKINGS_HORIZON_DAYS", defaults.horizon().toDays())),
            Duration.ofDays(setting(config, "bookings.retention-days", "BOOKINGS_RETENTION_DAYS", defaults.retention().toDays())),
            Duration.ofHours(setting(config, "bookings.idempotency-hours", "BOOKINGS_IDEMPOTENCY_HOURS",
                defaults.idempotencyKeep().toHours())));
    }

    private static long setting(Config config, String key, String environment, long otherwise) {
        String text = text(config, key, environment);
        return text.isEmpty() ? otherwise : number(text, key);
    }

    /** The environment variable wins, then the configuration (file and -D system properties), then empty. */
    private static String text(Config config, String key, String environment) {
        String fromEnvironment = System.getenv(environment);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        return config.get(key).asString().orElse("").strip();
    }

    private static int number(String text, String key) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + text + "'");
        }
    }

    private static String orDefault(String value, String otherwise) {
        return value.isBlank() ? otherwise : value;
    }
}
