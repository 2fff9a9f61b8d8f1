package it.centrinrete.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.Provenance;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.server.security.Kiosk;
import it.centrinrete.server.security.KioskTokens;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The repositories, with the same test bodies on H2 and on PostgreSQL. */
class PersistenceIT {
    private static final Clock CLOCK = Clock.systemUTC();

    static Stream<String> kinds() {
        return Databases.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theWholeSampleContentRoundTripsThroughTheDatabase(String kind) {
        try (Database database = Databases.open(kind)) {
            // given
            Content sample = ContentFormats.loader().load(SampleContent.folder()).content();
            EntryStore store = new EntryStore(database, CLOCK);

            // when
            store.upsertAll(sample.entries(), "sample");

            // then
            assertThat(store.all().entries()).containsExactlyInAnyOrderElementsOf(sample.entries());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void importingTheSameContentTwiceKeepsOneCopyOfEachEntry(String kind) {
        try (Database database = Databases.open(kind)) {
            // given
            Content sample = ContentFormats.loader().load(SampleContent.folder()).content();
            EntryStore store = new EntryStore(database, CLOCK);
            store.upsertAll(sample.entries(), "sample");

            // when
            store.upsertAll(sample.entries(), "sample");

            // then
            assertThat(store.all().size()).isEqualTo(sample.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void seedingFromTheContentFolderKeepsWhatOperatorsChangedInTheConsole(String kind) {
        try (Database database = Databases.open(kind)) {
            // given
            EntryStore store = new EntryStore(database, CLOCK);
            store.seed(List.of(service("from-folder", "Come nel file."), service("edited", "Come nel file.")), "folder");
            store.upsertAll(List.of(service("edited", "Come l'ha corretto l'operatore.")), "console-upload.yaml");

            // when: the server starts again on the same folder
            List<String> kept = store.seed(List.of(service("from-folder", "File aggiornato."), service("edited", "Come nel file."),
                service("new-one", "Nuovo.")), "folder");

            // then
            assertThat(kept).containsExactly("edited");
            Content stored = store.all();
            assertThat(stored.find("edited", Service.class).orElseThrow().description()).isEqualTo("Come l'ha corretto l'operatore.");
            assertThat(stored.find("from-folder", Service.class).orElseThrow().description()).isEqualTo("File aggiornato.");
            assertThat(stored.find("new-one")).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anEntryDeletedInTheConsoleStaysDeletedWhenTheFolderIsSeededAgain(String kind) {
        try (Database database = Databases.open(kind)) {
            // given
            EntryStore store = new EntryStore(database, CLOCK);
            store.seed(List.of(service("old-service", "Non esiste più.")), "folder");
            assertThat(store.delete("old-service")).isTrue();

            // when
            List<String> kept = store.seed(List.of(service("old-service", "Non esiste più.")), "folder");

            // then
            assertThat(kept).containsExactly("old-service");
            assertThat(store.all().find("old-service")).isEmpty();
            assertThat(store.delete("old-service")).isFalse();
            store.upsertAll(List.of(service("old-service", "Di nuovo attivo.")), "upload:services/old.yaml");
            assertThat(store.all().find("old-service")).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aFailedImportLeavesNothingHalfWritten(String kind) {
        try (Database database = Databases.open(kind)) {
            // given: a batch whose last entry the database cannot hold (its text is longer than the column)
            EntryStore store = new EntryStore(database, CLOCK);
            List<Entry> batch = List.of(service("ok-1", "Descrizione."), service("ok-2", "Descrizione."),
                service("too-big", "x".repeat(1_000_001)));

            // when / then
            assertThatThrownBy(() -> store.upsertAll(batch, "batch")).isInstanceOf(PersistenceException.class);
            assertThat(store.all().size()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void unansweredQuestionsAreKeptNewestFirst(String kind) {
        try (Database database = Databases.open(kind)) {
            // given
            UnansweredLog log = new UnansweredLog(database, CLOCK);

            // when
            log.record("che tempo fa domani", "kiosk-1");
            log.record("chi ha vinto la partita", "kiosk-2");

            // then
            assertThat(log.recent(10)).extracting(UnansweredLog.Question::text)
                .containsExactly("chi ha vinto la partita", "che tempo fa domani");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void kioskTokensAreCheckedAgainstTheirHashOnly(String kind) {
        try (Database database = Databases.open(kind)) {
            // given
            KioskTokens tokens = new KioskTokens(database, CLOCK);
            String token = KioskTokens.newToken();
            tokens.register(token, "kiosk-zante", "csrc-zante");
            tokens.register(token, "kiosk-zante", "csrc-zante");

            // then
            assertThat(tokens.authenticate("Bearer " + token)).contains(new Kiosk("kiosk-zante", "csrc-zante"));
            assertThat(tokens.authenticate("Bearer " + token + "x")).isEmpty();
            assertThat(tokens.authenticate(token)).isEmpty();
            assertThat(tokens.authenticate(null)).isEmpty();
        }
    }

    private static Service service(String id, String description) {
        return new Service(id, "Servizio " + id, description, "", List.of(), List.of(), "", "", List.of(), "", null, null,
            null, "", List.of(), "", "", List.of(), List.of(), new Provenance(LocalDate.of(2026, 11, 20), "test", false));
    }
}
