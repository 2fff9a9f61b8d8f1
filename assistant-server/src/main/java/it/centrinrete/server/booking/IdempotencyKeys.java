package it.centrinrete.server.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first response given to each {@code Idempotency-Key} of each kiosk, kept so that a kiosk replaying what it
 * queued offline gets that response again instead of a second booking. Keys are per kiosk: two kiosks that happen to
 * pick the same key do not see each other's bookings.
 */
final class IdempotencyKeys {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** A key as a request presents it, with the digest of what the request asks for. */
    record Key(String kiosk, String key, String requestHash) {
    }

    /** A response given before. */
    record Stored(String requestHash, int status, String body) {
    }

    private IdempotencyKeys() {
    }

    /** Whether a header value can be a key: 1 to 100 letters, digits and {@code . _ : -} (a UUID fits). */
    static boolean isWellFormed(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    static String digest(String canonicalRequest) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static Optional<Stored> find(Connection connection, Key key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT request_hash, status, response FROM idempotency_key WHERE kiosk_name = ? AND idem_key = ?")) {
            select.setString(1, key.kiosk());
            select.setString(2, key.key());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Stored(row.getString(1).strip(), row.getInt(2), row.getString(3)))
                    : Optional.empty();
            }
        }
    }

    /** Stores the response; a concurrent request with the same key makes this fail with a duplicate key. */
    static void store(Connection connection, Key key, int status, String body, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO idempotency_key (kiosk_name, idem_key, request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key.kiosk());
            insert.setString(2, key.key());
            insert.setString(3, key.requestHash());
            insert.setInt(4, status);
            insert.setString(5, body);
            insert.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Forgets keys stored before {@code before}; returns how many. */
    static int purge(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_key WHERE created_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }
}
