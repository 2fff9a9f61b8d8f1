package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchOptions;
import it.centrinrete.kb.search.Synonyms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the evaluation set against our search, its ablations and the two baselines, and prints the report that
 * {@code knowledge-base/README.md} quotes. Run: {@code ./mvnw -q -pl knowledge-base test-compile exec:java@evaluate}.
 * With {@code --misses}, also lists every question each retriever got wrong; with {@code --holdout}, runs the
 * held-out set instead of the development set, with {@code --blind} the blind set of answerable questions.
 */
public final class Evaluation {
    private Evaluation() {
    }

    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        boolean baselines = !List.of(args).contains("--no-baselines");
        boolean holdout = List.of(args).contains("--holdout");
        boolean blind = List.of(args).contains("--blind");
        Content content = EvalContent.load();
        Synonyms synonyms = Synonyms.load(SampleContent.folder());
        List<EvalQuestion> questions = blind ? EvalSet.blind() : holdout ? EvalSet.holdout() : EvalSet.load();
        System.out.println(blind ? "Blind answerable set (written from the content files alone, never used for tuning)"
            : holdout ? "Held-out set (written blind, never used for tuning)" : "Development set");
        long answerable = questions.stream().filter(EvalQuestion::answerable).count();
        System.out.printf("%d questions (%d answerable, %d the content cannot answer), %d entries%n%n",
            questions.size(), answerable, questions.size() - answerable, content.size());
        List<Scores> table = new ArrayList<>();
        try (KnowledgeIndex index = KnowledgeIndex.inMemory(true)) {
            index.rebuild(content);
            Map<String, SearchOptions> variants = new java.util.LinkedHashMap<>();
            variants.put("ours (fuzzy + sound + synonyms)", SearchOptions.DEFAULT);
            variants.put("ours without synonyms", SearchOptions.DEFAULT.withSynonyms(false));
            variants.put("ours without fuzzy", SearchOptions.DEFAULT.withFuzzy(false));
            variants.put("ours without sound", SearchOptions.DEFAULT.withSound(false));
            variants.put("ours without fuzzy or sound", SearchOptions.DEFAULT.withFuzzy(false).withSound(false));
            variants.put("ours with trigrams", SearchOptions.DEFAULT.withGrams(true));
            variants.put("ours, trigrams instead of fuzzy", SearchOptions.DEFAULT.withFuzzy(false).withGrams(true));
            variants.put("ours, trigrams instead of both", SearchOptions.DEFAULT.withFuzzy(false).withSound(false).withGrams(true));
            List<Retriever.Ranking> oursRankings = null;
            for (var variant : variants.entrySet()) {
                Retriever ours = new OurRetriever(variant.getKey(), new KnowledgeSearcher(index, synonyms, variant.getValue()));
                List<Retriever.Ranking> rankings = run(ours, questions, content);
                oursRankings = oursRankings == null ? rankings : oursRankings;
                table.add(Scores.of(ours.name(), questions, rankings));
            }
            if (baselines) {
                table.add(bestThreshold(new Bm25Baseline(content, 0), questions, content));
                table.add(bestThreshold(new EmbeddingBaseline(content, 0), questions, content));
            }
            System.out.println(Scores.header());
            table.forEach(scores -> System.out.println(scores.row()));
            System.out.println();
            perCategory(questions, oursRankings);
            reliability(questions, oursRankings);
            tradeOff(questions, oursRankings);
        }
        if (misses) {
            for (Scores scores : table) {
                System.out.println("\nMisses of " + scores.name() + ":");
                scores.misses().forEach(miss -> System.out.println("  " + miss));
            }
        }
    }

    static List<Retriever.Ranking> run(Retriever retriever, List<EvalQuestion> questions, Content content) {
        List<Retriever.Ranking> rankings = new ArrayList<>();
        for (EvalQuestion question : questions) {
            rankings.add(retriever.rank(question.text(), question.near(), question.kioskPosition(content)));
        }
        return rankings;
    }

    /**
     * A baseline has no notion of "I don't know" of its own; we give it the score threshold that suits it best on
     * this very set (maximising hit@1 plus abstention), which flatters it: the comparison is as fair to it as it gets.
     */
    private static Scores bestThreshold(Retriever baseline, List<EvalQuestion> questions, Content content) {
        List<Retriever.Ranking> raw = run(baseline, questions, content);
        Scores best = null;
        double bestThreshold = 0;
        for (double threshold : scoresIn(raw)) {
            Scores scores = Scores.of(baseline.name(), questions, answeringFrom(raw, threshold));
            if (best == null || scores.hitAt1() + scores.abstention() > best.hitAt1() + best.abstention()) {
                best = scores;
                bestThreshold = threshold;
            }
        }
        Scores chosen = best == null ? Scores.of(baseline.name(), questions, raw) : best;
        return new Scores(String.format("%s (threshold %.2f)", chosen.name(), bestThreshold), chosen.answerable(), chosen.hit1(),
            chosen.hit3(), chosen.unanswerable(), chosen.abstained(), chosen.falseAbstentions(), chosen.misses());
    }

    /** Every score the rankings have, lowest first: the thresholds worth trying. */
    private static List<Double> scoresIn(List<Retriever.Ranking> rankings) {
        return rankings.stream().map(Retriever.Ranking::score).distinct().sorted().toList();
    }

    /** The same rankings, answering exactly when their score reaches {@code threshold}. */
    private static List<Retriever.Ranking> answeringFrom(List<Retriever.Ranking> rankings, double threshold) {
        return rankings.stream().map(r -> new Retriever.Ranking(r.ids(), r.score() >= threshold, r.score())).toList();
    }

    private static void perCategory(List<EvalQuestion> questions, List<Retriever.Ranking> rankings) {
        Map<String, int[]> byCategory = new TreeMap<>();
        for (int i = 0; i < questions.size(); i++) {
            EvalQuestion q = questions.get(i);
            Retriever.Ranking r = rankings.get(i);
            boolean right = q.answerable()
                ? r.answers() && !r.ids().isEmpty() && r.ids().get(0).equals(q.expectedId())
                : !r.answers();
            int[] counts = byCategory.computeIfAbsent(q.category(), key -> new int[2]);
            counts[0] += right ? 1 : 0;
            counts[1]++;
        }
        System.out.println("Ours, right answers by how the question is asked (abstaining counts as right only when it should):");
        byCategory.forEach((category, counts) -> System.out.printf("  %-14s %3d / %3d%n", category, counts[0], counts[1]));
        System.out.println();
    }

    /** Whether the confidence means what it says: in each band, the share of first hits that were right. */
    private static void reliability(List<EvalQuestion> questions, List<Retriever.Ranking> rankings) {
        double[] bands = {0, 0.2, 0.4, 0.6, 0.8, 1.0001};
        System.out.println("Ours, confidence reliability (share of questions whose first hit is the right entry):");
        for (int b = 0; b < bands.length - 1; b++) {
            int total = 0;
            int right = 0;
            for (int i = 0; i < questions.size(); i++) {
                double confidence = rankings.get(i).score();
                if (confidence >= bands[b] && confidence < bands[b + 1]) {
                    total++;
                    List<String> ids = rankings.get(i).ids();
                    right += questions.get(i).answerable() && !ids.isEmpty() && ids.get(0).equals(questions.get(i).expectedId()) ? 1 : 0;
                }
            }
            System.out.printf("  confidence %.1f–%.1f: %3d questions, %s right%n", bands[b], Math.min(1, bands[b + 1]), total,
                total == 0 ? "—" : String.format("%.0f%%", 100.0 * right / total));
        }
    }

    /**
     * The curve the operating point alone hides: the best hit@1 any threshold on our confidence reaches while
     * declining at least a given share of the unanswerable questions.
     */
    private static void tradeOff(List<EvalQuestion> questions, List<Retriever.Ranking> rankings) {
        if (questions.stream().allMatch(EvalQuestion::answerable)) {
            return; // nothing to decline: no trade-off
        }
        List<Double> thresholds = new ArrayList<>(scoresIn(rankings));
        thresholds.add(Double.POSITIVE_INFINITY); // declining everything
        StringBuilder header = new StringBuilder("  abstention at least");
        StringBuilder row = new StringBuilder("  best hit@1         ");
        for (double level : new double[] {0.75, 0.80, 0.85, 0.90}) {
            double best = 0;
            for (double threshold : thresholds) {
                Scores scores = Scores.of("ours", questions, answeringFrom(rankings, threshold));
                if (scores.abstention() >= level) {
                    best = Math.max(best, scores.hitAt1());
                }
            }
            header.append(String.format("  %.2f", level));
            row.append(String.format(" %.3f", best));
        }
        System.out.println();
        System.out.println("Ours, the trade-off (the best hit@1 at a given abstention, over every threshold):");
        System.out.println(header);
        System.out.println(row);
    }
}
