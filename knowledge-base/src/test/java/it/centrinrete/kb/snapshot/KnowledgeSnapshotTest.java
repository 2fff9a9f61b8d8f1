package it.centrinrete.kb.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.SampleContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KnowledgeSnapshotTest {
    private final Content sample = ContentFormats.loader().load(SampleContent.folder()).content();

    @Test
    void theWholeSampleContentSurvivesTheRoundTripUnchanged() throws IOException {
        // given
        KnowledgeSnapshot snapshot = new KnowledgeSnapshot(sample, "dottore, medico\n", Instant.parse("2026-11-25T10:00:00Z"));

        // when
        KnowledgeSnapshot read = KnowledgeSnapshot.read(new ByteArrayInputStream(snapshot.toBytes()));

        // then
        assertThat(read.content().entries()).isEqualTo(sample.entries());
        assertThat(read.synonyms()).isEqualTo("dottore, medico\n");
        assertThat(read.createdAt()).isEqualTo(snapshot.createdAt());
    }

    @Test
    void aTruncatedFileIsRefusedWhole() {
        // given
        byte[] bytes = new KnowledgeSnapshot(sample, "", Instant.now()).toBytes();
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

        // then
        assertThatThrownBy(() -> KnowledgeSnapshot.read(new ByteArrayInputStream(truncated))).isInstanceOf(IOException.class);
    }

    @Test
    void somethingThatIsNotASnapshotIsRefused() {
        assertThatThrownBy(() -> KnowledgeSnapshot.read(new ByteArrayInputStream("hello".getBytes())))
            .isInstanceOf(SnapshotException.class);
    }

    @Test
    void anEntryThatBreaksTheModelsRulesCannotComeInThroughJson() {
        // given
        String json = new EntryJson().toJson(sample.all(Centre.class).get(0)).replaceFirst("\"lat\":[0-9.]+", "\"lat\":100");

        // then
        assertThatThrownBy(() -> new EntryJson().fromJson(json)).isInstanceOf(InvalidEntryException.class);
    }
}
