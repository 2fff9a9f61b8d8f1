package it.centrinrete.server.editing;

import it.centrinrete.kb.content.EntryType;
import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code kb_draft} table: at most one draft per entry id. */
public final class DraftStore {
    private static final String COLUMNS = "SELECT entry_id, type, body, saved_by, saved_at FROM kb_draft";

    private final Database database;
    private final Clock clock;

    public DraftStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores the draft of an entry, replacing an earlier one. */
    public Draft save(String entryId, EntryType type, String body, String username) {
        Draft draft = new Draft(entryId, type, body, username, clock.instant());
        database.inTransaction("saving the draft of " + entryId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                     "UPDATE kb_draft SET type = ?, body = ?, saved_by = ?, saved_at = ? WHERE entry_id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO kb_draft (type, body, saved_by, saved_at, entry_id) VALUES (?, ?, ?, ?, ?)")) {
                if (bind(update, draft).executeUpdate() == 0) {
                    bind(insert, draft).executeUpdate();
                }
            }
            return null;
        });
        return draft;
    }

    public Optional<Draft> find(String entryId) {
        List<Draft> found = select(COLUMNS + " WHERE entry_id = ?", entryId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    public List<Draft> all() {
        return select(COLUMNS + " ORDER BY entry_id", null);
    }

    /** Removes the draft; returns whether there was one. */
    public boolean delete(String entryId) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM kb_draft WHERE entry_id = ?")) {
            delete.setString(1, entryId);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("deleting the draft of " + entryId + " failed", e);
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Draft draft) throws SQLException {
        statement.setString(1, draft.type().wireName());
        statement.setString(2, draft.body());
        statement.setString(3, draft.savedBy());
        statement.setTimestamp(4, Timestamp.from(draft.savedAt()));
        statement.setString(5, draft.entryId());
        return statement;
    }

    private List<Draft> select(String sql, String entryId) {
        List<Draft> drafts = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (entryId != null) {
                select.setString(1, entryId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    drafts.add(new Draft(rows.getString(1), EntryType.fromWireName(rows.getString(2)), rows.getString(3),
                        rows.getString(4), rows.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading drafts failed", e);
        }
        return drafts;
    }
}
