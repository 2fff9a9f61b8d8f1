package it.centrinrete.server.audit;

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

/** The {@code audit_event} table: rows are added after each change and read back as an entry's history. */
public final class AuditLog {
    private static final int SUBJECT_LENGTH = 250;
    private static final int DETAIL_LENGTH = 2000;

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void record(String username, String action, String subject, String detail) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO audit_event (at, username, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(clock.instant()));
            insert.setString(2, username);
            insert.setString(3, action);
            insert.setString(4, cut(subject, SUBJECT_LENGTH));
            insert.setString(5, cut(detail == null ? "" : detail, DETAIL_LENGTH));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("recording the audit event " + action + " on " + subject + " failed", e);
        }
    }

    /** The same change to many subjects (the entries of one import), in one transaction. */
    public void recordAll(String username, String action, List<String> subjects, String detail) {
        if (subjects.isEmpty()) {
            return;
        }
        database.inTransaction("recording " + subjects.size() + " audit events", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO audit_event (at, username, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(clock.instant());
                for (String subject : subjects) {
                    insert.setTimestamp(1, now);
                    insert.setString(2, username);
                    insert.setString(3, action);
                    insert.setString(4, cut(subject, SUBJECT_LENGTH));
                    insert.setString(5, cut(detail, DETAIL_LENGTH));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** What happened to one subject, newest first. */
    public List<AuditEvent> history(String subject, int limit) {
        return select("SELECT id, at, username, action, subject, detail FROM audit_event WHERE subject = ? "
            + "ORDER BY at DESC, id DESC", subject, limit);
    }

    /** The latest changes of every kind, newest first. */
    public List<AuditEvent> recent(int limit) {
        return select("SELECT id, at, username, action, subject, detail FROM audit_event ORDER BY at DESC, id DESC", null, limit);
    }

    private List<AuditEvent> select(String sql, String subject, int limit) {
        List<AuditEvent> events = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (subject != null) {
                select.setString(1, subject);
            }
            select.setMaxRows(limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new AuditEvent(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6) == null ? "" : rows.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading the audit log failed", e);
        }
        return events;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
