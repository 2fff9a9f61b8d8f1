package it.centrinrete.server.editing;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.LoadResult;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.server.http.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the console edits reads back, through the content loader, as the very entry it came from. */
class NativeFieldsTest {

    @Test
    void everySampleEntryWrittenAsNativeFieldsReadsBackEqual() {
        // given
        List<Entry> sample = ContentFormats.loader().load(SampleContent.folder()).content().entries();

        for (Entry entry : sample) {
            // when
            Map<String, Object> fields = NativeFields.of(entry);
            LoadResult read = ContentFormats.loader().loadDocument(EntryEditor.documentName(entry.type(), entry.id()), Json.write(fields));

            // then
            assertThat(read.problems()).as(entry.id()).isEmpty();
            assertThat(read.content().entries()).as(entry.id()).containsExactly(entry);
        }
        assertThat(sample).hasSizeGreaterThan(100);
    }

    @Test
    void fieldsAreNamedAsInContentFiles() {
        Entry zante = ContentFormats.loader().load(SampleContent.folder()).content().find("csrc-zante").orElseThrow();

        Map<String, Object> fields = NativeFields.of(zante);

        assertThat(fields).containsKeys("id", "name", "kind", "address", "coordinates", "openingHours", "phones", "keywords",
            "lastReviewed", "source", "sample");
        assertThat(fields.get("lastReviewed")).isEqualTo(zante.provenance().lastReviewed().toString());
        assertThat(fields.get("phones").toString()).contains("02 8845 1234");
    }
}
