package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class CloseSpellingsTest {

    /** Analysed terms as the index holds them, one entry per text; "vicin" is used far more than "vaccin". */
    private static List<String> corrections(String term, String... entries) throws IOException {
        try (Directory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String text : entries) {
                Document document = new Document();
                document.add(new TextField(Fields.ALL, text, Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return CloseSpellings.of(reader, term).stream().map(CloseSpellings.Correction::term).toList();
            }
        }
    }

    @Test
    void aSpellingThatSoundsTheSameBeatsACommonerWordOneLetterAway() throws IOException {
        assertThat(corrections("vacin", "vaccin antinfluenzal", "vicin cas", "vicin parc", "vicin bar"))
            .containsExactly("vaccin");
        assertThat(corrections("antinfluensal", "vaccin antinfluenzal", "antinfluent")).containsExactly("antinfluenzal");
    }

    @Test
    void amongSlipsOfOneLetterTheWordTheContentUsesMostComesFirst() throws IOException {
        assertThat(corrections("vicnio", "vicino cas", "vicino parc", "vignio")).containsExactly("vicino", "vignio");
    }

    @Test
    void aWordNothingIsCloseToHasNoCorrection() throws IOException {
        assertThat(corrections("lotto", "vaccin", "spes")).isEmpty();
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneSlip() {
        assertThat(CloseSpellings.distance("vicnio", "vicino")).isEqualTo(1);
        assertThat(CloseSpellings.distance("vacino", "vicino")).isEqualTo(1);
        assertThat(CloseSpellings.distance("badande", "badante")).isEqualTo(1);
        assertThat(CloseSpellings.distance("ginastica", "ginnastica")).isEqualTo(1);
        assertThat(CloseSpellings.distance("casa", "cosa")).isEqualTo(1);
        assertThat(CloseSpellings.distance("spesa", "spese")).isEqualTo(1);
        assertThat(CloseSpellings.distance("abc", "")).isEqualTo(3);
    }
}
