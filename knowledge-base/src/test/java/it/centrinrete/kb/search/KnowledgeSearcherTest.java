package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.Provenance;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.LoadResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeSearcherTest {
    private static final GeoPoint AT_NORTH = new GeoPoint(45.4600, 9.2300);
    private static final GeoPoint AT_SOUTH = new GeoPoint(45.4300, 9.1800);

    @TempDir
    Path indexDir;

    private Content content;
    private KnowledgeIndex index;
    private KnowledgeSearcher searcher;
    private Synonyms synonyms;

    @BeforeEach
    void indexFixture() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("/search-fixture").toURI());
        LoadResult loaded = ContentFormats.loader().load(fixture);
        assertThat(loaded.problems()).isEmpty();
        content = loaded.content();
        index = KnowledgeIndex.open(indexDir);
        index.rebuild(content);
        synonyms = Synonyms.load(fixture);
        searcher = new KnowledgeSearcher(index, synonyms);
    }

    @AfterEach
    void close() {
        index.close();
    }

    /** A service with only a name and a description, as an operator might add one in a hurry. */
    private static Service service(String id, String name, String description) {
        return new Service(id, name, description, "", List.of(), List.of(), "", "", List.of(), "", null, null, null, "", List.of(), "",
            "", List.of(), List.of(), new Provenance(LocalDate.of(2026, 11, 20), "test", false));
    }

    private SearchResult ask(String question) {
        return searcher.search(SearchRequest.of(question));
    }

    private static String first(SearchResult result) {
        return result.hits().get(0).id();
    }

    @Test
    void aRememberedAnswerIsForgottenWhenTheContentChanges() {
        // given: asked once, so the result is remembered
        assertThat(first(ask("chi mi porta la spesa a casa"))).isEqualTo("consegna-spesa");

        // when: the entry leaves the content and the index is rebuilt
        index.rebuild(content.without("consegna-spesa"));

        // then: the same question no longer finds it
        assertThat(ask("chi mi porta la spesa a casa").hits()).extracting(SearchHit::id).doesNotContain("consegna-spesa");
    }

    @Test
    void theEntryThatCoversTheWholeQuestionComesFirst() {
        // when
        SearchResult result = ask("chi mi porta la spesa a casa");

        // then
        assertThat(first(result)).isEqualTo("consegna-spesa");
        assertThat(result.answerable()).isTrue();
    }

    private static final List<String> MIXED = List.of("chi mi porta la spesa a casa", "pasti caldi a casa", "ginastica dolce",
        "come si fa lo spid", "il medico di base", "la spesa e i pasti", "casa spesa medico", "spid medico pasti",
        "chi ha vinto la partita", "ginnastica vicino a casa", "dottore per la spesa");

    @Test
    void whatASearcherRemembersNeverChangesAnAnswer() {
        // given: a searcher that has heard every word of these questions, in other questions, many times
        for (int round = 0; round < 3; round++) {
            MIXED.forEach(this::ask);
        }

        for (String question : MIXED) {
            // when: the question is asked with new words around it, and of a searcher that remembers nothing
            String asked = "allora senta " + question + " la ringrazio";
            SearchResult remembered = ask(asked);
            SearchResult fresh = new KnowledgeSearcher(index, synonyms).search(SearchRequest.of(asked));

            // then: the same hits, scores and confidence
            assertThat(remembered.hits()).as(asked).isEqualTo(fresh.hits());
            assertThat(remembered.confidence()).as(asked).isEqualTo(fresh.confidence());
        }
    }

    @Test
    void manyQuestionsAtOnceGetTheAnswersEachGetsAlone() throws Exception {
        // given: each question's answer asked alone, of its own searcher
        Map<String, SearchResult> alone = new HashMap<>();
        for (String question : MIXED) {
            alone.put(question, new KnowledgeSearcher(index, synonyms).search(SearchRequest.of(question)));
        }

        // when: eight threads ask them all, in different orders, of one searcher that remembers
        KnowledgeSearcher shared = new KnowledgeSearcher(index, synonyms);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> work = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < MIXED.size() * 5; i++) {
                        String question = MIXED.get((i * 7 + offset) % MIXED.size());
                        // then: the same answer as alone
                        assertThat(shared.search(SearchRequest.of(question)).hits()).as(question).isEqualTo(alone.get(question).hits());
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        }
    }

    @Test
    void politenessAroundAQuestionChangesNothing() {
        assertSameAnswerAsPlainly("chi mi porta la spesa a casa",
            "buongiorno senta scusi chi mi porta la spesa a casa grazie mille",
            "salve allora vorrei sapere chi mi porta la spesa a casa la ringrazio molto gentile",
            "guardi mi perdoni chi mi porta la spesa a casa per cortesia se possibile grazie davvero");
    }

    @Test
    void askingForSomeoneElseChangesNothing() {
        assertSameAnswerAsPlainly("chi mi porta la spesa a casa",
            "mio marito vorrebbe sapere chi mi porta la spesa a casa",
            "mia figlia vorrebbe sapere chi mi porta la spesa a casa, si potrebbe?",
            "vorremmo sapere chi ci porta la spesa a casa");
    }

    /** Each wording gets the plain question's answer, as sure. */
    private void assertSameAnswerAsPlainly(String plainly, String... wordings) {
        SearchResult plain = ask(plainly);
        for (String wording : wordings) {
            SearchResult result = ask(wording);

            assertThat(first(result)).as(wording).isEqualTo(first(plain));
            assertThat(result.confidence()).as(wording).isEqualTo(plain.confidence());
        }
    }

    @Test
    void aWordInTheTitleWeighsMoreThanTheSameWordInADescription() {
        // when
        SearchResult result = ask("pasti");

        // then
        assertThat(first(result)).isEqualTo("pasti-a-domicilio");
    }

    @Test
    void amongEqualActivitiesTheOneAtTheKioskCentreWins() {
        // when
        SearchResult north = searcher.search(SearchRequest.of("ginnastica dolce").near(AT_NORTH));
        SearchResult south = searcher.search(SearchRequest.of("ginnastica dolce").near(AT_SOUTH));

        // then
        assertThat(first(north)).isEqualTo("ginnastica-nord");
        assertThat(first(south)).isEqualTo("ginnastica-sud");
        assertThat(north.hits().get(0).distanceMetres()).isLessThan(1);
    }

    @Test
    void askedForWhatIsHereTheActivityHeldOnlyHereBeatsOneHeldInManyPlaces() {
        // given: the same gentle gym, also described as a programme held at both centres
        Service programme = new Service("ginnastica-nei-centri", "Ginnastica dolce", "Esercizi leggeri da seduti per l'equilibrio.", "",
            List.of(), List.of(), "", "", List.of("centro-nord", "centro-sud"), "", null, null, null, "", List.of(), "", "",
            List.of(), List.of(), new Provenance(LocalDate.of(2026, 11, 20), "test", false));
        index.upsert(programme, content.with(programme));

        // when
        SearchResult result = searcher.search(SearchRequest.of("la ginnastica dolce qui vicino").near(AT_NORTH));

        // then: equal as texts and as distances, the one held only here is ahead
        assertThat(result.hits()).extracting(SearchHit::id).startsWith("ginnastica-nord", "ginnastica-nei-centri");
        assertThat(result.hits().get(0).score()).isGreaterThan(result.hits().get(1).score());
    }

    @Test
    void askedHowToReachANamedCentreTheCentreAnswersNotTheTransportService() {
        // given
        Service transport = new Service("mezzi-pubblici", "Autobus, tram e metro", "Linee, orari e fermate dei mezzi pubblici.", "",
            List.of(), List.of(), "", "", List.of(), "", null, null, null, "", List.of(), "", "", List.of(),
            List.of("autobus", "tram"), new Provenance(LocalDate.of(2026, 11, 20), "test", false));
        index.upsert(transport, content.with(transport));

        // then: with a centre named, the bus is how to get there; without one, it is what is asked about
        assertThat(first(ask("che autobus o tram devo prendere per il Centro Nord, e dove è la fermata?"))).isEqualTo("centro-nord");
        assertThat(first(ask("quale autobus prendo la sera?"))).isEqualTo("mezzi-pubblici");
    }

    @Test
    void nearnessNeverBeatsAClearlyBetterEntry() {
        // when
        SearchResult result = searcher.search(SearchRequest.of("consegna della spesa").near(AT_SOUTH));

        // then
        assertThat(first(result)).isEqualTo("consegna-spesa");
    }

    @Test
    void whatTheQuestionSetsAsideIsNotItsAnswer() {
        // given: asked plainly, the shopping is the answer
        assertThat(first(ask("chi mi porta a casa la spesa"))).isEqualTo("consegna-spesa");

        // when
        SearchResult result = ask("chi mi porta qualcosa a casa, oltre alla spesa?");

        // then: the entry about what is set aside comes after, still among the hits
        assertThat(first(result)).isEqualTo("pasti-a-domicilio");
        assertThat(result.hits()).extracting(SearchHit::id).contains("consegna-spesa");
        assertThat(result.unmatchedWords()).doesNotContain("spesa");
    }

    @Test
    void aSynonymFindsTheEntryInTheContentsWords() {
        // when
        SearchResult result = ask("cambiare dottore");

        // then
        assertThat(first(result)).isEqualTo("medico-di-base");
    }

    @Test
    void aTypoStillFinds() {
        assertThat(first(ask("ginastica"))).startsWith("ginnastica-");
        assertThat(first(ask("atttivare spidd"))).isEqualTo("attivare-spid");
    }

    @Test
    void aTypoThatCutsTheStemShortIsCorrectedAsWritten() {
        // "cuciare" loses "-iare" to the verb endings and keeps "cuc", too short to correct; as written it is a letter
        // from the content's "cucinare"
        assertThat(first(ask("non riesco più a cuciare"))).isEqualTo("pasti-a-domicilio");
    }

    @Test
    void aMistypedStopwordWeighsNothing() {
        SearchResult mistyped = ask("c'è qualuno che porta il pranzo a casa");
        SearchResult typed = ask("c'è qualcuno che porta il pranzo a casa");

        assertThat(mistyped.confidence()).isEqualTo(typed.confidence());
    }

    @Test
    void aRealWordIsNoTypoOfAWordALetterAway() {
        // "cugino" is an Italian word a letter from the content's "cucinare": a cousin, not a slip
        assertThat(ask("mio cugino").unmatchedWords()).contains("cugino");
        // nor is a name general Italian knows: Francesco is a person, not the content's "francese"
        Service french = service("corso-francese", "Corso di francese", "Conversazione per principianti.");
        index.upsert(french, content.with(french));
        assertThat(first(ask("corso di fancese"))).isEqualTo("corso-francese");
        assertThat(ask("mio nipote francesco").unmatchedWords()).contains("francesco");
        // a misspelling that is no word is still read as the word it is closest to
        assertThat(first(ask("cucinnare"))).isEqualTo("pasti-a-domicilio");
    }

    @Test
    void aRealWordDoesNotStandForWhateverSharesItsSoundKey() {
        // given: "foglio" has the sound key of "volo", four letters apart
        Service forms = service("moduli", "Aiuto con i moduli", "Portate il foglio da compilare.");
        index.upsert(forms, content.with(forms));

        // then: a flight is no sheet of paper, while a word that is no Italian still finds by its sound
        assertThat(ask("un volo").hits()).extracting(SearchHit::id).doesNotContain("moduli");
        assertThat(first(ask("folio da compilare"))).isEqualTo("moduli");
    }

    @Test
    void aSpeechSlipThatSoundsTheSameStillFinds() {
        assertThat(first(ask("centro zud"))).isEqualTo("centro-sud");
    }

    @Test
    void wordsRunTogetherAreSplitAgain() {
        assertThat(first(ask("pastiadomicilio"))).isEqualTo("pasti-a-domicilio");
    }

    @Test
    void aWordHeardAsTwoIsJoinedAgain() {
        assertThat(first(ask("atti vare"))).isEqualTo("attivare-spid");
    }

    @Test
    void aQuestionTheContentCannotAnswerIsNotAnswered() {
        // when
        SearchResult result = ask("chi ha vinto il campionato di calcio");

        // then
        assertThat(result.answerable()).isFalse();
        assertThat(result.confidence()).isLessThan(0.5);
        assertThat(result.unmatchedWords()).contains("vinto", "campionato", "calcio");
    }

    @Test
    void aQuestionOfOnlyFacetsNamesNothingAndIsNotAnswered() {
        assertThat(ask("a che ora apre?").answerable()).isFalse();
        assertThat(ask("buongiorno scusi").hits()).isEmpty();
    }

    @Test
    void confidenceGrowsWithHowMuchOfTheQuestionIsCovered() {
        assertThat(ask("pasti a domicilio").confidence()).isGreaterThan(ask("pasti astronomia").confidence());
    }

    @Test
    void sayingAWholeKeywordIsStrongerEvidenceThanOneOfItsWords() {
        // when
        Evidence whole = ask("pranzo a casa").evidence();
        Evidence part = ask("pranzo").evidence();

        // then: one word of a longer keyword is a mention, not a name ("messa" is not "messa in piega")
        assertThat(whole.wholeShare()).isEqualTo(1.0);
        assertThat(part.wholeShare()).isZero();
        assertThat(part.namedShare()).isZero();
        assertThat(part.coverage()).isPositive();
        assertThat(first(ask("pranzo"))).isEqualTo("pasti-a-domicilio");
    }

    @Test
    void everyWordingOfAFaqSaysWhatItIsAbout() {
        // given: the fee is asked in words its first wording does not use
        Faq fee = new Faq("quota", List.of("Quanto costa la tessera?", "Si paga per diventare soci?"),
            "La tessera costa 10 euro all'anno e comprende l'assicurazione.", List.of(), List.of("prezzo della tessera"),
            new Provenance(LocalDate.of(2026, 11, 20), "test", false));
        index.upsert(fee, content.with(fee));

        // when
        Evidence forSoci = ask("soci").evidence();
        Evidence forInsurance = ask("assicurazione").evidence();

        // then: "soci" is named by its second wording, while the answer's "assicurazione" is only mentioned
        assertThat(first(ask("soci"))).isEqualTo("quota");
        assertThat(forSoci.namedShare()).isEqualTo(1.0);
        assertThat(forInsurance.namedShare()).isZero();
        assertThat(forInsurance.mentionedShare()).isEqualTo(1.0);
    }

    @Test
    void typesCanBeRestricted() {
        // when
        SearchResult result = searcher.search(SearchRequest.of("centro nord ginnastica").only(Set.of(EntryType.CENTRE)));

        // then
        assertThat(result.hits()).allMatch(hit -> hit.type() == EntryType.CENTRE);
    }

    @Test
    void anAddedEntryIsSearchableAsSoonAsUpsertReturns() {
        // given
        Service podologo = service("podologo", "Podologo a domicilio", "Cura dei piedi a casa.");

        // when
        index.upsert(podologo, content.with(podologo));

        // then
        assertThat(first(ask("podologo"))).isEqualTo("podologo");
    }

    @Test
    void aDeletedEntryIsGoneAtOnce() {
        // when
        index.delete("pasti-a-domicilio");

        // then
        assertThat(ask("pasti a domicilio").hits()).extracting(SearchHit::id).doesNotContain("pasti-a-domicilio");
    }

    @Test
    void theIndexOnDiskSurvivesReopening() {
        // given
        int before = index.size();
        index.close();

        // when
        index = KnowledgeIndex.open(indexDir);

        // then
        assertThat(index.size()).isEqualTo(before);
    }

    @Test
    void anEditedSynonymListTakesEffectWithoutReindexing() {
        // given
        assertThat(ask("desinare").answerable()).isFalse();

        // when
        searcher.useSynonyms(Synonyms.parse("desinare, pranzo", "synonyms.txt"));

        // then
        assertThat(first(ask("desinare"))).isEqualTo("pasti-a-domicilio");
    }
}
