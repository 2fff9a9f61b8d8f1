package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchRequest;
import it.centrinrete.kb.search.SearchResult;
import it.centrinrete.kb.search.Synonyms;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How much the way a question is put costs: every question of a set asked again with one slip of an unsteady
 * finger in its longest word (a letter dropped, two swapped, one doubled, one changed) or of a speech recogniser
 * (the word heard as two), and with words said around it (politeness, asking for someone else, the scene set
 * first), against the answer it got as put. The evaluation sets have their own misspelt and polite questions,
 * written once each; this asks every question each way, so a weakness shows in numbers large enough to compare.
 * Reports, per variation, the share of right answers kept and the off-topic questions it gets answered.
 * Run: {@code ./mvnw -q -pl knowledge-base test-compile exec:java@robustness} (add {@code -Dexec.args=--holdout} or
 * {@code --blind} for the other sets, {@code --misses} to list the answers lost).
 */
public final class Robustness {
    /** Shorter words are mostly stopwords and facets; a slip in the longest word is a slip in what is asked. */
    private static final int SHORTEST = 7;

    private Robustness() {
    }

    record Slip(String name, UnaryOperator<String> apply) {
    }

    /** Said around a question as older people say it: the question itself must not change. */
    static final List<Slip> AROUND = List.of(
        new Slip("politeness", question -> "buongiorno, mi scusi, " + question + " grazie mille"),
        new Slip("for someone else", question -> "mio marito vorrebbe sapere: " + question),
        new Slip("the scene set first", question -> "ho ottantadue anni e vivo da sola. " + question));

    static final List<Slip> SLIPS = List.of(
        new Slip("a letter dropped", word -> word.substring(0, middle(word)) + word.substring(middle(word) + 1)),
        new Slip("two letters swapped", word -> word.substring(0, middle(word)) + word.charAt(middle(word) + 1)
            + word.charAt(middle(word)) + word.substring(middle(word) + 2)),
        new Slip("a letter doubled", word -> word.substring(0, middle(word) + 1) + word.substring(middle(word))),
        new Slip("a letter changed", word -> word.substring(0, middle(word)) + (word.charAt(middle(word)) == 'a' ? 'e' : 'a')
            + word.substring(middle(word) + 1)),
        new Slip("heard as two words", word -> word.substring(0, middle(word)) + " " + word.substring(middle(word))));

    private static int middle(String word) {
        return word.length() / 2;
    }

    /** The question with the slip in its longest word of at least {@link #SHORTEST} letters; null when it has none. */
    static String withSlip(String question, Slip slip) {
        String[] words = question.split(" ");
        int longest = -1;
        for (int i = 0; i < words.length; i++) {
            boolean long7 = words[i].chars().allMatch(Character::isLetter) && words[i].length() >= SHORTEST;
            if (long7 && (longest < 0 || words[i].length() > words[longest].length())) {
                longest = i;
            }
        }
        if (longest < 0) {
            return null;
        }
        words[longest] = slip.apply().apply(words[longest]);
        return String.join(" ", words);
    }

    /**
     * What one variation did to a set: of the questions answered right as put, how many still are ({@code lost}
     * lists the others as asked); of the off-topic questions declined as put, how many it gets answered.
     */
    record Outcome(Slip variation, int right, int kept, int declined, int answered, List<String> lost) {
        double keptShare() {
            return right == 0 ? 0 : (double) kept / right;
        }
    }

    /** Every variation ({@link #SLIPS}, then {@link #AROUND}) over the questions, on the sample content. */
    static List<Outcome> measure(List<EvalQuestion> questions) {
        Content content = EvalContent.load();
        try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
            index.rebuild(content);
            KnowledgeSearcher searcher = new KnowledgeSearcher(index, Synonyms.load(SampleContent.folder()));
            List<Slip> variations = new ArrayList<>(SLIPS);
            variations.addAll(AROUND);
            List<Outcome> outcomes = new ArrayList<>();
            for (Slip variation : variations) {
                outcomes.add(measure(searcher, content, questions, variation));
            }
            return outcomes;
        }
    }

    private static Outcome measure(KnowledgeSearcher searcher, Content content, List<EvalQuestion> questions, Slip variation) {
        int right = 0;
        int kept = 0;
        int declined = 0;
        int answered = 0;
        List<String> lost = new ArrayList<>();
        for (EvalQuestion question : questions) {
            String varied = AROUND.contains(variation) ? variation.apply().apply(question.text()) : withSlip(question.text(), variation);
            if (varied == null) {
                continue;
            }
            SearchResult asPut = ask(searcher, content, question, question.text());
            SearchResult asVaried = ask(searcher, content, question, varied);
            if (question.answerable() && isRight(asPut, question)) {
                right++;
                if (isRight(asVaried, question)) {
                    kept++;
                } else {
                    lost.add(varied);
                }
            } else if (!question.answerable() && !asPut.answerable()) {
                declined++;
                answered += asVaried.answerable() ? 1 : 0;
            }
        }
        return new Outcome(variation, right, kept, declined, answered, List.copyOf(lost));
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        List<EvalQuestion> questions = options.contains("--blind") ? EvalSet.blind()
            : options.contains("--holdout") ? EvalSet.holdout() : EvalSet.load();
        System.out.println("Each question (" + questions.size() + ") put another way: one slip in its longest word, or words"
            + " around it:");
        System.out.println("| variation           | right answers kept | off-topic questions it gets answered |");
        System.out.println("|---------------------|--------------------|--------------------------------------|");
        for (Outcome outcome : measure(questions)) {
            System.out.printf("| %-19s | %3d of %3d (%.3f) | %3d of %3d                           |%n", outcome.variation().name(),
                outcome.kept(), outcome.right(), outcome.keptShare(), outcome.answered(), outcome.declined());
            if (options.contains("--misses")) {
                outcome.lost().forEach(question -> System.out.println("    lost: " + question));
            }
        }
    }

    private static SearchResult ask(KnowledgeSearcher searcher, Content content, EvalQuestion question, String text) {
        return searcher.search(SearchRequest.of(text).at(question.near(), question.kioskPosition(content)));
    }

    private static boolean isRight(SearchResult result, EvalQuestion question) {
        return result.answerable() && !result.hits().isEmpty() && result.hits().get(0).id().equals(question.expectedId());
    }
}
