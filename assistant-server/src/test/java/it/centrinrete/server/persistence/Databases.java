package it.centrinrete.server.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The databases the persistence tests run the same bodies on: an in-memory H2, and the PostgreSQL on
 * 127.0.0.1:5432 (user postgres, trust auth) in a fresh schema. When no PostgreSQL answers, its cases are
 * skipped with a message saying so.
 */
final class Databases {
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private Databases() {
    }

    static Stream<String> kinds() {
        return Stream.of("h2", "postgresql");
    }

    static Database open(String kind) {
        if (kind.equals("h2")) {
            return Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String schema = "cir_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "skipped: no PostgreSQL answers at " + POSTGRES + " (" + e.getMessage() + ")");
        }
        return Database.open(POSTGRES + "?currentSchema=" + schema, "postgres", "");
    }
}
