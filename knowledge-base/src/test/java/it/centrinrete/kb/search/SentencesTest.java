package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    /** As the search decides it: a sentence names something when it has a word of more than four letters. */
    private static boolean[] asking(String question) {
        List<Sentences.Sentence> sentences = Sentences.of(question);
        return Sentences.asking(sentences,
            i -> List.of(sentences.get(i).text().split("\\W+")).stream().anyMatch(word -> word.length() > 4));
    }

    @Test
    void aQuestionSplitsAtItsFullStopsAndQuestionMarks() {
        List<Sentences.Sentence> sentences = Sentences.of("ho ottantadue anni e vivo da sola. posso venire col mio cagnolino?");

        assertThat(sentences).extracting(Sentences.Sentence::text)
            .containsExactly("ho ottantadue anni e vivo da sola.", "posso venire col mio cagnolino?");
        assertThat(sentences).extracting(Sentences.Sentence::asks).containsExactly(false, true);
    }

    @Test
    void anAbbreviationOrANameMarkerDoesNotEndASentence() {
        assertThat(Sentences.of("il dott. Rossi riceve al n. 5 di via S. Siro?")).hasSize(1);
        assertThat(Sentences.of("chi mi porta la spesa")).containsExactly(new Sentences.Sentence("chi mi porta la spesa", false));
    }

    @Test
    void theSentenceThatAsksIsTheQuestionNotTheScene() {
        assertThat(asking("ho ottantadue anni e vivo da sola. posso venire col mio cagnolino?")).containsExactly(false, true);
        // a follow-up after the question sets no scene of its own: the question still asks
        assertThat(asking("come faccio lo SPID con le Poste? me lo spieghi un passo alla volta")).containsExactly(true, false);
        // two questions both ask
        assertThat(asking("piove oggi pomeriggio? devo prendere l'ombrello?")).containsExactly(true, true);
    }

    @Test
    void withoutAQuestionMarkTheLastSentenceThatNamesSomethingAsks() {
        assertThat(asking("mia mamma abita da sola. cerchiamo una badante. ok.")).containsExactly(false, true, false);
        assertThat(asking("ciao. ecco.")).containsExactly(true, true);
    }
}
