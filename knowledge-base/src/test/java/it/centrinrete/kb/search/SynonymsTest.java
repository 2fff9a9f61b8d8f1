package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymsTest {
    private final QueryTerms terms = new QueryTerms();

    @Test
    void equivalentWordsPointAtEachOther() {
        // given
        Synonyms synonyms = Synonyms.parse("dottore, medico", "synonyms.txt");

        // then
        assertThat(synonyms.alternativesOf(terms.indexTerms("dottore"))).containsExactly(terms.indexTerms("medico"));
        assertThat(synonyms.alternativesOf(terms.indexTerms("medico"))).containsExactly(terms.indexTerms("dottore"));
    }

    @Test
    void anExplicitMappingGoesOneWay() {
        // given
        Synonyms synonyms = Synonyms.parse("badante => assistente familiare, badante", "synonyms.txt");

        // then
        assertThat(synonyms.alternativesOf(terms.indexTerms("badante"))).containsExactly(terms.indexTerms("assistente familiare"));
        assertThat(synonyms.alternativesOf(terms.indexTerms("assistente familiare"))).isEmpty();
    }

    @Test
    void caseAccentsAndPluralsDoNotMatter() {
        // given
        Synonyms synonyms = Synonyms.parse("Puntura, iniezione", "synonyms.txt");

        // then
        assertThat(synonyms.alternativesOf(terms.indexTerms("punture"))).containsExactly(terms.indexTerms("iniezioni"));
    }

    @Test
    void malformedLinesAreReportedWithTheirNumberAndSkipped() {
        // given
        String text = "# comment\ndottore, medico\nsolo\na => b => c\nx, , y\n";

        // when
        Synonyms synonyms = Synonyms.parse(text, "synonyms.txt");

        // then
        assertThat(synonyms.problems()).extracting(p -> p.line()).containsExactly(3, 4, 5);
        assertThat(synonyms.alternativesOf(terms.indexTerms("dottore"))).isNotEmpty();
    }

    @Test
    void theSampleListHasNoErrors() {
        assertThat(Synonyms.load(it.centrinrete.kb.load.SampleContent.folder()).problems()).isEmpty();
    }

    @Test
    void theBuiltInListAppliesToContentWithoutItsOwnList(@TempDir Path contentWithoutSynonyms) {
        // when
        Synonyms synonyms = Synonyms.load(contentWithoutSynonyms);

        // then
        assertThat(synonyms.alternativesOf(terms.indexTerms("dottore"))).contains(terms.indexTerms("medico"));
    }

    @Test
    void aContentListAddsToTheBuiltInOne() {
        // when
        Synonyms synonyms = Synonyms.withBase("dottore, camice bianco", "synonyms.txt");

        // then
        assertThat(synonyms.alternativesOf(terms.indexTerms("dottore")))
            .contains(terms.indexTerms("medico"), terms.indexTerms("camice bianco"));
    }
}
