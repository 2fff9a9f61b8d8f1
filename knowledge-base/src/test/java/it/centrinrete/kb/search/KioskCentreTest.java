package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.SampleContent;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions asked at a kiosk standing in CSRC Zante, on the sample content: "il centro" alone means this centre,
 * but a centre the question names wins over it, and "qui vicino" lets nearness decide.
 */
class KioskCentreTest {
    @TempDir
    static Path indexDir;
    static KnowledgeIndex index;
    static KnowledgeSearcher searcher;
    static Centre zante;

    @BeforeAll
    static void indexSample() {
        Content content = ContentFormats.loader().load(SampleContent.folder()).content();
        index = KnowledgeIndex.open(indexDir);
        index.rebuild(content);
        searcher = new KnowledgeSearcher(index, Synonyms.load(SampleContent.folder()));
        zante = content.find("csrc-zante", Centre.class).orElseThrow();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String firstAtZante(String question) {
        return searcher.search(SearchRequest.of(question).at(zante.id(), zante.location())).hits().get(0).id();
    }

    @Test
    void theCentreAloneIsTheKiosksOwn() {
        assertThat(firstAtZante("a che ora apre il centro?")).isEqualTo("csrc-zante");
        assertThat(firstAtZante("siete aperti?")).isEqualTo("csrc-zante");
    }

    @Test
    void aPlaceAfterADemonstrativeIsTheKiosksOwn() {
        assertThat(firstAtZante("a che ora chiude questo posto?")).isEqualTo("csrc-zante");
        assertThat(firstAtZante("in questo edificio c'è l'ascensore?")).isEqualTo("csrc-zante");
        assertThat(firstAtZante("a che ora chiude quest'ufficio?")).isEqualTo("csrc-zante");
        // without the demonstrative an office is any office
        assertThat(firstAtZante("l'ufficio postale a che ora apre?")).isNotEqualTo("csrc-zante");
    }

    @Test
    void howToReachOrEnterTheCentreIsAboutTheKiosksOwn() {
        assertThat(firstAtZante("che autobus passa qui?")).isEqualTo("csrc-zante");
        assertThat(firstAtZante("c'è l'ascensore?")).isEqualTo("csrc-zante");
        assertThat(firstAtZante("ci sono gradini all'ingresso?")).isEqualTo("csrc-zante");
        // what the person comes with is how they move, not what they ask about
        assertThat(firstAtZante("ci sono gradini all'ingresso? vengo col deambulatore")).isEqualTo("csrc-zante");
        assertThat(firstAtZante("posso entrare col cane?")).isEqualTo("faq-animali");
        // a thing named beside them is what the question is about
        assertThat(firstAtZante("quanto costa l'abbonamento del tram per gli anziani?")).isNotEqualTo("csrc-zante");
    }

    @Test
    void aServiceOfferedAtSeveralCentresIsAsNearAsTheNearest() {
        // offered at the Zante centre and at the CAM Chiesa Rossa, 5 km apart: from Zante it is here
        SearchHit hit = searcher.search(SearchRequest.of("gruppi di cammino e ginnastica nei parchi").at(zante.id(), zante.location()))
            .hits().stream().filter(found -> found.id().equals("attivita-motoria-parchi")).findFirst().orElseThrow();

        // positions are kept to about a centimetre
        assertThat(hit.distanceMetres()).isLessThan(1);
    }

    @Test
    void aCentreTheQuestionNamesWinsOverTheKiosksOwn() {
        assertThat(firstAtZante("a che ora apre il centro ritrovo")).isEqualTo("csrc-ritrovo-15");
        assertThat(firstAtZante("dove si trova il centro di Ponte Lambro?")).isEqualTo("cam-ponte-lambro");
    }

    @Test
    void whatHappensAtACentreWinsOverTheCentreWhenTheQuestionNamesIt() {
        // the centre's own entry mentions its choir, but the question is about the choir
        assertThat(firstAtZante("in quale giorno si riunisce il coro del CAM Chiesa Rossa")).isEqualTo("coro-chiesa-rossa");
        assertThat(firstAtZante("a che ora apre il CAM Chiesa Rossa")).isEqualTo("cam-chiesa-rossa");
    }

    @Test
    void theSentenceThatAsksOutweighsTheSceneSetBeforeIt() {
        // "vivo da sola" is a whole keyword of the emergency alarm; the question is about the dog
        assertThat(firstAtZante("ho ottantadue anni e vivo da sola. posso venire col mio cagnolino?"))
            .isEqualTo(firstAtZante("posso venire col mio cagnolino?"));
        assertThat(firstAtZante("ho ottantadue anni e vivo da sola. non ce la faccio più a cucinare"))
            .isEqualTo("pasti-a-domicilio");
    }

    @Test
    void aCentresNameHeardAsAnotherWordIsKnownByTheWordBesideIt() {
        // a recogniser writes only words it knows: "Lambro" comes out as "lampo", "Zante" as "sante", both Italian
        SearchResult lampo = searcher.search(SearchRequest.of("ponte lampo dove si trova"));
        SearchResult sante = searcher.search(SearchRequest.of("il centro di via sante a che ora apre"));
        SearchResult lightning = searcher.search(SearchRequest.of("che fine ha fatto il lampo"));

        assertThat(lampo.hits().get(0).id()).isEqualTo("cam-ponte-lambro");
        assertThat(lampo.answerable()).isTrue();
        assertThat(sante.hits().get(0).id()).isEqualTo("csrc-zante");
        // without "ponte" beside it, "lampo" is lightning
        assertThat(lightning.answerable()).isFalse();
    }

    @Test
    void aSubjectTheContentLacksLowersConfidenceButAWayOfAskingDoesNot() {
        SearchResult verb = searcher.search(SearchRequest.of("come si richiede il telesoccorso"));
        SearchResult noun = searcher.search(SearchRequest.of("quanto costa una crociera nel Mediterraneo"));

        assertThat(verb.hits().get(0).id()).isEqualTo("telesoccorso");
        assertThat(verb.evidence().foreignNounShare()).isZero();
        assertThat(verb.answerable()).isTrue();
        assertThat(noun.evidence().foreignNounShare()).isPositive();
        assertThat(noun.answerable()).isFalse();
    }

    @Test
    void aStreetTheBestEntryDoesNotHaveCountsAgainstIt() {
        // the post office is where one gets SPID, but these questions are about one post office: in a street another
        // entry has (the Municipio's), and in one no entry has
        SearchResult elsewhere = searcher.search(SearchRequest.of("l'ufficio postale di via Oglio a che ora apre"));
        SearchResult unknown = searcher.search(SearchRequest.of("l'ufficio postale di piazzale Libia a che ora apre"));
        SearchResult plain = searcher.search(SearchRequest.of("l'ufficio postale a che ora apre"));
        SearchResult there = searcher.search(SearchRequest.of("la casa di comunità di via Fantoli a che ora apre"));

        assertThat(elsewhere.evidence().foreignNounShare()).isPositive();
        assertThat(elsewhere.confidence()).isLessThan(plain.confidence());
        assertThat(unknown.evidence().foreignNounShare()).isPositive();
        assertThat(plain.evidence().foreignNounShare()).isZero();
        assertThat(there.hits().get(0).id()).isEqualTo("casa-comunita-m4");
        assertThat(there.evidence().foreignNounShare()).isZero();
    }

    @Test
    void aNamedPersonWeighsAsOneThingHoweverCommonTheWord() {
        // "Rossi" stems like the "Rossa" of every Chiesa Rossa entry, yet doctor Rossi is one person the content lacks
        SearchResult doctor = searcher.search(SearchRequest.of("il cellulare del dottor Rossi, il medico di mia madre"));

        assertThat(doctor.evidence().foreignNounShare()).isGreaterThan(0.3);
        assertThat(doctor.answerable()).isFalse();
    }
}
