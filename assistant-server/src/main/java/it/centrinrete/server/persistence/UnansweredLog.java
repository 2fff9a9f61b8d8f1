package it.centrinrete.server.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
}
