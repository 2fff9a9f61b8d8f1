package it.centrinrete.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The sentences of a question, and which of them ask. Older people set the scene before they ask — "ho
 * ottantadue anni e vivo da sola. posso venire col mio cagnolino?" — and the scene's words ("vivo da sola", a whole
 * keyword of the emergency alarm) should not outweigh the question's. A question typed on one line, or dictated
 * (a recogniser writes no full stops), is one sentence, and nothing changes for it.
 */
final class Sentences {
    /** The shortest word a full stop ends a sentence after: "dott. Rossi", "n. 5", "S. Siro" go on. */
    private static final int SHORTEST_LAST_WORD = 4;

    private Sentences() {
    }

    /** @param asks whether it ends with a question mark */
    record Sentence(String text, boolean asks) {
    }

    static List<Sentence> of(String question) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String token : question.strip().split("\\s+")) {
            current.append(current.isEmpty() ? "" : " ").append(token);
            String bare = token.replaceAll("[.;]+$", "");
            boolean fullStop = bare.length() < token.length() && bare.length() >= SHORTEST_LAST_WORD
                && !Vocabulary.isNameMarker(Vocabulary.fold(bare));
            if (token.endsWith("?") || token.endsWith("!") || fullStop) {
                sentences.add(new Sentence(current.toString(), token.endsWith("?")));
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            sentences.add(new Sentence(current.toString(), false));
        }
        return sentences;
    }

    /**
     * Which sentences ask: those that end with a question mark and name something, else the last that names
     * something; every sentence when none names anything.
     *
     * @param namesSomething whether the sentence at an index has a word that is neither a stopword nor a facet
     */
    static boolean[] asking(List<Sentence> sentences, IntPredicate namesSomething) {
        boolean[] asking = new boolean[sentences.size()];
        int last = -1;
        boolean anyQuestion = false;
        for (int i = 0; i < sentences.size(); i++) {
            if (namesSomething.test(i)) {
                last = i;
                asking[i] = sentences.get(i).asks();
                anyQuestion |= asking[i];
            }
        }
        if (last < 0) {
            Arrays.fill(asking, true);
        } else if (!anyQuestion) {
            asking[last] = true;
        }
        return asking;
    }
}
