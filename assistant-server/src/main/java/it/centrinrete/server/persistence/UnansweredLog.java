package it.centrinrete.server.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Questions the assistant could not answer, for operators to read: the text, which kiosk, when. Nothing about
 * the person is kept.
 */
public final class UnansweredLog {
    /** One recorded question. */
    public record Question(long id, String text, String kiosk, Instant askedAt) {
    }

    private final Database database;
    private final Clock clock;

    public UnansweredLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void record(String text, String kiosk) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                 "INSERT INTO unanswered_question (text, kiosk_name, asked_at) VALUES (?, ?, ?)")) {
            insert.setString(1, text.length() > 500 ? text.substring(0, 500) : text);
            insert.setString(2, kiosk);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("recording an unanswered question failed", e);
        }
    }

    /** The most recent questions not yet handled, newest first. */
    public List<Question> recent(int limit) {
        List<Question> questions = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                 "SELECT id, text, kiosk_name, asked_at FROM unanswered_question WHERE handled = FALSE "
                     + "ORDER BY asked_at DESC, id DESC")) {
            select.setMaxRows(limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    questions.add(new Question(rows.getLong(1), rows.getString(2), rows.getString(3),
                        rows.getTimestamp(4).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading unanswered questions failed", e);
        }
        return questions;
    }

    /** The questions with these ids, handled or not, in id order. */
    public List<Question> find(Collection<Long> ids) {
        List<Question> questions = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                 "SELECT id, text, kiosk_name, asked_at FROM unanswered_question WHERE id = ?")) {
            for (long id : new TreeSet<>(ids)) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        questions.add(new Question(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading unanswered questions failed", e);
        }
        return questions;
    }

    /** Marks questions as handled, so they leave the operators' list; returns how many were still open. */
    public int markHandled(Collection<Long> ids) {
        return database.inTransaction("marking " + ids.size() + " questions handled", connection -> {
            int changed = 0;
            try (PreparedStatement update = connection.prepareStatement(
                     "UPDATE unanswered_question SET handled = TRUE WHERE id = ? AND handled = FALSE")) {
                for (long id : new TreeSet<>(ids)) {
                    update.setLong(1, id);
                    changed += update.executeUpdate();
                }
            }
            return changed;
        });
    }
}
