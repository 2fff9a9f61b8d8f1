package it.centrinrete.server;

import it.centrinrete.kb.load.SampleContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Booking, cancelling and "my bookings" by voice: the fixtures of {@code src/test/resources/dialogues-booking/}, on
 * the sample content plus activities held every day, so there is always a session to book whatever the date.
 */
class BookingDialogueIT {
    @TempDir
    static Path work;
    static AssistantServer server;

    @BeforeAll
    static void start() throws IOException, URISyntaxException {
        Path content = work.resolve("content");
        copy(SampleContent.folder(), content);
        copy(Path.of(BookingDialogueIT.class.getResource("/booking-content").toURI()), content.resolve("activities"));
        server = TestServers.start(work.resolve("index"), Map.of("kb.content-dir", content.toString()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyBookingConversationGoesAsWritten() throws IOException, URISyntaxException {
        return ConversationFixtures.all(server, "/dialogues-booking");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
