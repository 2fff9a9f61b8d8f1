package it.centrinrete.server.helpcalls;

import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code help_call} table. */
public final class HelpCallStore {
    private static final String COLUMNS = "id, kiosk_name, centre_id, reason, called_at, status, acknowledged_by, acknowledged_at";

    private final Database database;

    public HelpCallStore(Database database) {
        this.database = database;
    }

    HelpCall add(String kioskName, String centreId, String reason, Instant at) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO help_call (kiosk_name, centre_id, reason, called_at, status) VALUES (?, ?, ?, ?, 'OPEN')",
                 new String[] {"id"})) {
            insert.setString(1, kioskName);
            insert.setString(2, centreId);
            insert.setString(3, reason);
            insert.setTimestamp(4, Timestamp.from(at));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new HelpCall(keys.getLong(1), kioskName, centreId, reason, at, HelpCall.Status.OPEN, null, null);
            }
        } catch (SQLException e) {
            throw new PersistenceException("storing a help call from " + kioskName + " failed", e);
        }
    }

    /** The latest calls, newest first, at one centre or (null) everywhere. */
    List<HelpCall> recent(String centreId, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM help_call" + (centreId == null ? "" : " WHERE centre_id = ?")
            + " ORDER BY called_at DESC, id DESC";
        List<HelpCall> calls = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (centreId != null) {
                select.setString(1, centreId);
            }
            select.setMaxRows(limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    calls.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading the help calls failed", e);
        }
        return List.copyOf(calls);
    }

    Optional<HelpCall> find(long id) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM help_call WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading help call " + id + " failed", e);
        }
    }

    /** Marks an open call as taken; false when it was taken already (by someone else, perhaps a moment before). */
    boolean acknowledge(long id, String username, Instant at) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE help_call SET status = 'ACKNOWLEDGED', "
                 + "acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND status = 'OPEN'")) {
            update.setString(1, username);
            update.setTimestamp(2, Timestamp.from(at));
            update.setLong(3, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PersistenceException("acknowledging help call " + id + " failed", e);
        }
    }

    private static HelpCall read(ResultSet row) throws SQLException {
        Timestamp acknowledged = row.getTimestamp(8);
        return new HelpCall(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getTimestamp(5).toInstant(),
            HelpCall.Status.valueOf(row.getString(6)), row.getString(7), acknowledged == null ? null : acknowledged.toInstant());
    }
}
