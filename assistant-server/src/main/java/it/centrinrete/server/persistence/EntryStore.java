package it.centrinrete.server.persistence;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.snapshot.EntryJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Knowledge-base entries in the database, as the JSON of their records: the source the index is built from. */
public final class EntryStore {
    private static final String INSERT = "INSERT INTO kb_entry (type, body, source_file, updated_at, id) VALUES (?, ?, ?, ?, ?)";
    private final Database database;
    private final EntryJson json = new EntryJson();
    private final Clock clock;

    public EntryStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Adds or replaces entries in one transaction: either all of an import is stored or none of it. Importing the
     * same content twice changes nothing but the update time.
     */
    public void upsertAll(Collection<? extends Entry> entries, String sourceFile) {
        inTransaction("storing " + entries.size() + " entries", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                     "UPDATE kb_entry SET type = ?, body = ?, source_file = ?, updated_at = ?, deleted = FALSE WHERE id = ?");
                 PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Timestamp now = Timestamp.from(clock.instant());
                for (Entry entry : entries) {
                    if (bind(update, entry, sourceFile, now).executeUpdate() == 0) {
                        bind(insert, entry, sourceFile, now).executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /**
     * Seeds the database from a content folder at start-up: entries not yet stored are added and entries that came
     * from this same folder are refreshed, but an entry an operator has since changed or deleted through the console
     * (stored from another source) is left as the operator made it. Returns the ids left alone. One transaction.
     */
    public List<String> seed(Collection<? extends Entry> entries, String folder) {
        return inTransaction("seeding " + entries.size() + " entries", connection -> {
            List<String> kept = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement(
                     "UPDATE kb_entry SET type = ?, body = ?, source_file = ?, updated_at = ? WHERE id = ? AND source_file = ?");
                 PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM kb_entry WHERE id = ?");
                 PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Timestamp now = Timestamp.from(clock.instant());
                for (Entry entry : entries) {
                    bind(update, entry, folder, now).setString(6, folder);
                    if (update.executeUpdate() > 0) {
                        continue;
                    }
                    exists.setString(1, entry.id());
                    try (ResultSet row = exists.executeQuery()) {
                        if (row.next()) {
                            kept.add(entry.id());
                            continue;
                        }
                    }
                    bind(insert, entry, folder, now).executeUpdate();
                }
            }
            return kept;
        });
    }

    private <T> T inTransaction(String what, Database.Work<T> work) {
        return database.inTransaction(what, work);
    }

    private PreparedStatement bind(PreparedStatement statement, Entry entry, String sourceFile, Timestamp now)
        throws SQLException {
        statement.setString(1, entry.type().wireName());
        statement.setString(2, json.toJson(entry));
        statement.setString(3, sourceFile);
        statement.setTimestamp(4, now);
        statement.setString(5, entry.id());
        return statement;
    }

    /**
     * Deletes one entry; returns whether it existed. The row stays as a tombstone, so that seeding from the content
     * folder does not bring the entry back; uploading it again revives it.
     */
    public boolean delete(String id) {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement(
                 "UPDATE kb_entry SET deleted = TRUE, source_file = 'deleted', updated_at = ? WHERE id = ? AND deleted = FALSE")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant()));
            delete.setString(2, id);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("deleting entry " + id + " failed", e);
        }
    }

    /** All entries, read back through the records' constructors. */
    public Content all() {
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT body FROM kb_entry WHERE deleted = FALSE ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(json.fromJson(rows.getString(1)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading the entries failed", e);
        }
        return Content.of(entries);
    }
}
