package it.centrinrete.kiosk.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.RealServer;
import it.centrinrete.kiosk.net.SnapshotDownload;
import it.centrinrete.server.AssistantServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline answers from a real snapshot, downloaded from a real server. */
class OfflineKnowledgeTest {
    @TempDir
    static Path indexDir;
    private static SnapshotDownload download;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void downloadSnapshot() throws Exception {
        try (AssistantServer server = RealServer.start(indexDir)) {
            download = RealServer.client(server).snapshot(null).orElseThrow();
        }
    }

    @AfterAll
    static void forget() {
        download = null;
    }

    @Test
    void answersFromTheSnapshotWithTheEntrysOwnTextAndSaysItIsOffline() throws Exception {
        try (OfflineKnowledge knowledge = OfflineKnowledge.open(dataDir, "csrc-zante")) {
            knowledge.install(download);

            AskReply reply = knowledge.answer("quanto costa la tessera del centro?", "s-1");

            assertThat(reply.offline()).isTrue();
            assertThat(reply.answered()).isTrue();
            assertThat(reply.sessionId()).isEqualTo("s-1");
            assertThat(reply.text()).startsWith("Sono senza collegamento, ma ho trovato questo:").contains("10 euro");
            assertThat(reply.sources()).extracting(AskReply.Source::id).containsExactly("faq-costo-tessera");
        }
    }

    @Test
    void aQuestionTheContentDoesNotCoverGetsAKindNotNow() throws Exception {
        try (OfflineKnowledge knowledge = OfflineKnowledge.open(dataDir, "csrc-zante")) {
            knowledge.install(download);

            AskReply reply = knowledge.answer("chi ha vinto il campionato di calcio", null);

            assertThat(reply.offline()).isTrue();
            assertThat(reply.answered()).isFalse();
            assertThat(reply.text()).contains("Riprovi più tardi");
            assertThat(reply.sources()).isEmpty();
        }
    }

    @Test
    void theSnapshotIsKeptOnDiskForTheNextStartWithItsEtag() throws Exception {
        try (OfflineKnowledge first = OfflineKnowledge.open(dataDir, "csrc-zante")) {
            first.install(download);
        }
        try (OfflineKnowledge restarted = OfflineKnowledge.open(dataDir, "csrc-zante")) {
            assertThat(restarted.etag()).isEqualTo(download.etag());
            assertThat(restarted.answer("quanto costa la tessera del centro?", null).answered()).isTrue();
        }
    }

    @Test
    void withoutASnapshotEveryQuestionGetsTheKindNotNow() {
        try (OfflineKnowledge knowledge = OfflineKnowledge.open(dataDir, "csrc-zante")) {
            assertThat(knowledge.hasSnapshot()).isFalse();
            assertThat(knowledge.answer("quanto costa la tessera?", null).answered()).isFalse();
        }
    }

    @Test
    void aBrokenDownloadIsRefusedAndTheSnapshotInUseStays() throws Exception {
        try (OfflineKnowledge knowledge = OfflineKnowledge.open(dataDir, "csrc-zante")) {
            knowledge.install(download);

            assertThatThrownBy(() -> knowledge.install(new SnapshotDownload(new byte[] {1, 2, 3}, "\"other\"")))
                .isInstanceOf(IOException.class);
            assertThat(knowledge.etag()).isEqualTo(download.etag());
            assertThat(knowledge.answer("quanto costa la tessera del centro?", null).answered()).isTrue();
        }
    }

    @Test
    void aDamagedKeptSnapshotIsMovedAsideNotFatal() throws Exception {
        Files.write(dataDir.resolve("snapshot.zip"), new byte[] {'P', 'K', 0});

        try (OfflineKnowledge knowledge = OfflineKnowledge.open(dataDir, "csrc-zante")) {
            assertThat(knowledge.hasSnapshot()).isFalse();
            assertThat(dataDir.resolve("snapshot.zip.damaged")).exists();
        }
    }
}
