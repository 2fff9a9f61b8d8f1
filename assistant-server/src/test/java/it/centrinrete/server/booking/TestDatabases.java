package it.centrinrete.server.booking;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.centrinrete.server.persistence.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fresh, empty databases for the booking tests and the booking benchmark: an in-memory H2 with a name of its own, or
 * a new schema in the PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth, database {@code test}). A test that
 * asks for PostgreSQL when none answers is skipped with a message saying so.
 */
public final class TestDatabases {
    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRES_USER = "postgres";

    private TestDatabases() {
    }

    /** The kinds the booking tests run on: {@code h2} and {@code postgresql}. */
    public static Stream<String> kinds() {
        return Stream.of("h2", "postgresql");
    }

    /**
     * The JDBC address of a new, empty database of this kind; servers and pools opened on the same address share it.
     * For PostgreSQL, skips the calling test when no server answers.
     */
    public static String freshUrl(String kind) {
        if (kind.equals("h2")) {
            return "jdbc:h2:mem:bookings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        if (!kind.equals("postgresql")) {
            throw new IllegalArgumentException("a database kind is h2 or postgresql, not " + kind);
        }
        String schema = "cir_booking_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(POSTGRES, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "skipped: no PostgreSQL answers at " + POSTGRES + " (" + e.getMessage() + ")");
        }
        return POSTGRES + "?currentSchema=" + schema;
    }

    /** Like {@link #freshUrl} but for code outside JUnit: throws instead of skipping when PostgreSQL is absent. */
    public static String freshUrlOrFail(String kind) {
        if (kind.equals("postgresql")) {
            try (Connection ignored = DriverManager.getConnection(POSTGRES, POSTGRES_USER, "")) {
                return freshUrl(kind);
            } catch (SQLException e) {
                throw new IllegalStateException("no PostgreSQL answers at " + POSTGRES + " (" + e.getMessage() + ")", e);
            }
        }
        return freshUrl(kind);
    }

    /** The user for a database address made here. */
    public static String user(String url) {
        return url.startsWith("jdbc:postgresql:") ? POSTGRES_USER : "sa";
    }

    /** A migrated connection pool on the database at this address. */
    public static Database open(String url) {
        return Database.open(url, user(url), "");
    }

    /** A migrated connection pool on a new, empty database of this kind. */
    public static Database openFresh(String kind) {
        return open(freshUrl(kind));
    }

    /**
     * Throws the database at this address away once every pool on it is closed: drops the PostgreSQL schema, shuts
     * the in-memory H2 down. Failures are ignored; a leftover schema harms nobody.
     */
    public static void drop(String url) {
        try (Connection connection = DriverManager.getConnection(url, user(url), "");
             Statement statement = connection.createStatement()) {
            if (url.startsWith("jdbc:postgresql:")) {
                statement.execute("DROP SCHEMA " + url.substring(url.indexOf("currentSchema=") + "currentSchema=".length())
                    + " CASCADE");
            } else {
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException ignored) {
            // best effort
        }
    }
}
