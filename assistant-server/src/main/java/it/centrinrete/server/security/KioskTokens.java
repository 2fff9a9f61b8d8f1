package it.centrinrete.server.security;

import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Kiosk bearer tokens. Only a SHA-256 of each token is stored: tokens are long random strings, so a fast hash
 * is enough to make a stolen database useless for calling the API, and it keeps every request's check cheap.
 */
public final class KioskTokens {
    private static final String BEARER = "Bearer ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a checked token is trusted without asking the database again; a revocation takes this long. */
    private static final Duration REMEMBERED = Duration.ofSeconds(60);
    private static final int MAX_REMEMBERED = 10_000;

    private final Database database;
    private final Clock clock;
    private final ConcurrentMap<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(Optional<Kiosk> kiosk, Instant at) {
    }

    public KioskTokens(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A new random token, 32 characters of URL-safe Base64. */
    public static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Stores a token unless it is already known; tokens shorter than 16 characters are refused as guessable. */
    public void register(String token, String name, String centreId) {
        if (token == null || token.strip().length() < 16) {
            throw new IllegalArgumentException("a kiosk token must have at least 16 characters");
        }
        try (Connection connection = database.connection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM kiosk WHERE token_hash = ?");
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO kiosk (token_hash, name, centre_id, created_at) VALUES (?, ?, ?, ?)")) {
            String hash = hash(token.strip());
            exists.setString(1, hash);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            insert.setString(1, hash);
            insert.setString(2, name);
            insert.setString(3, centreId);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("registering a kiosk token failed", e);
        }
    }

    /**
     * A kiosk as operators see it: never its token, which is shown once, when created.
     *
     * @param lastSeen when the database last heard of it ({@link KioskPresence} knows a fresher time); null if never
     */
    public record Listed(String name, String centreId, Instant createdAt, boolean revoked, Instant lastSeen, boolean practiceMode) {
    }

    /** Creates a kiosk with a new random token and returns the token, the only time anyone sees it. */
    public String create(String name, String centreId) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new IllegalArgumentException("a kiosk name is 1 to 60 lowercase letters, digits or '-', not '" + name + "'");
        }
        if (list().stream().anyMatch(kiosk -> kiosk.name().equals(name))) {
            throw new IllegalStateException("a kiosk named '" + name + "' exists already");
        }
        String token = newToken();
        register(token, name, centreId);
        return token;
    }

    /** Revokes every token of the kiosk; returns whether there was one. A checked token may work for up to a minute. */
    public boolean revoke(String name) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE kiosk SET revoked = TRUE WHERE name = ?")) {
            update.setString(1, name);
            boolean revoked = update.executeUpdate() > 0;
            checked.clear();
            return revoked;
        } catch (SQLException e) {
            throw new PersistenceException("revoking kiosk " + name + " failed", e);
        }
    }

    public List<Listed> list() {
        List<Listed> kiosks = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                 "SELECT name, centre_id, created_at, revoked, last_seen, practice_mode FROM kiosk ORDER BY name");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Timestamp seen = rows.getTimestamp(5);
                kiosks.add(new Listed(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(), rows.getBoolean(4),
                    seen == null ? null : seen.toInstant(), rows.getBoolean(6)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("listing kiosks failed", e);
        }
        return kiosks;
    }

    /** The kiosk with this name, revoked or not. */
    public Optional<Listed> find(String name) {
        return list().stream().filter(kiosk -> kiosk.name().equals(name)).findFirst();
    }

    /** Turns practice mode on or off for every token of the kiosk; returns whether there was one. */
    public boolean setPracticeMode(String name, boolean on) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE kiosk SET practice_mode = ? WHERE name = ?")) {
            update.setBoolean(1, on);
            update.setString(2, name);
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("changing the practice mode of kiosk " + name + " failed", e);
        }
    }

    /** The kiosk an {@code Authorization: Bearer …} header belongs to, if the token is known and not revoked. */
    public Optional<Kiosk> authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Checked known = checked.get(hash);
        if (known != null && known.at().plus(REMEMBERED).isAfter(now)) {
            return known.kiosk();
        }
        Optional<Kiosk> kiosk = lookUp(hash);
        if (checked.size() >= MAX_REMEMBERED) {
            checked.clear();
        }
        checked.put(hash, new Checked(kiosk, now));
        return kiosk;
    }

    /** Every request carries the token, so the database is asked only once a minute per token, not per question. */
    private Optional<Kiosk> lookUp(String hash) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                 "SELECT name, centre_id FROM kiosk WHERE token_hash = ? AND revoked = FALSE")) {
            select.setString(1, hash);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Kiosk(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("checking a kiosk token failed", e);
        }
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
