package it.centrinrete.server.accounts;

import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Accounts in the database, passwords as bcrypt hashes only. */
public final class AccountStore {
    private final Database database;
    private final Clock clock;

    public AccountStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Creates the account unless one with that name exists; returns whether it created it. */
    public boolean createIfAbsent(String username, String password, Role role, String centreId) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        try (Connection connection = database.connection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM account WHERE username = ?");
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO account (username, password_hash, role, centre_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
            exists.setString(1, name);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
            insert.setString(1, name);
            insert.setString(2, Passwords.hash(password));
            insert.setString(3, role.name());
            insert.setString(4, centreId);
            insert.setTimestamp(5, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw new PersistenceException("creating account " + name + " failed", e);
        }
    }

    /** The account, if the name exists and the password is its own. */
    public Optional<Account> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                 "SELECT username, password_hash, role, centre_id FROM account WHERE username = ?")) {
            select.setString(1, username.strip().toLowerCase(Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    // as slow as a wrong password, so that timing does not tell which names exist
                    Passwords.matches(password, Passwords.UNKNOWN_USER_HASH);
                    return Optional.empty();
                }
                if (!Passwords.matches(password, row.getString(2))) {
                    return Optional.empty();
                }
                return Optional.of(new Account(row.getString(1), Role.valueOf(row.getString(3)), row.getString(4)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("checking a login failed", e);
        }
    }

    /**
     * Replaces the password of an account whose current password is {@code current}; returns false (and changes
     * nothing) when it is not. The new password must be a valid one (at least 10 characters, at most 72 bytes).
     */
    public boolean changePassword(String username, String current, String replacement) {
        Passwords.check(replacement);
        if (verify(username, current).isEmpty()) {
            return false;
        }
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE account SET password_hash = ? WHERE username = ?")) {
            update.setString(1, Passwords.hash(replacement));
            update.setString(2, username.strip().toLowerCase(Locale.ROOT));
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PersistenceException("changing the password of " + username + " failed", e);
        }
    }
}
