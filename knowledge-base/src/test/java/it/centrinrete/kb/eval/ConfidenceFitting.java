package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.ConfidenceModel;
import it.centrinrete.kb.search.Evidence;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchOptions;
import it.centrinrete.kb.search.SearchRequest;
import it.centrinrete.kb.search.SearchResult;
import it.centrinrete.kb.search.Synonyms;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link ConfidenceModel#DEFAULT} was obtained without tuning on the figures we report: a logistic regression
 * of "the first hit is the right entry" on the {@link Evidence} features, fitted on the odd lines of the
 * development set together with {@code calibration-offtopic.tsv} (questions the content cannot answer, written
 * only for this), leaving out the questions the model does not decide (nothing found, or the kiosk's own centre).
 * Its one other number, the abstention threshold, is chosen on the whole development set and the calibration
 * questions (more questions steady it): the threshold worth most when a right answer gains one, a wrong one loses
 * two and declining is neither, with answerable and off-topic questions weighed as they come in the development
 * set (a kiosk hears far fewer off-topic questions than the calibration adds). The even lines show how
 * the weights do on development questions they were not fitted on, and the held-out set is measured apart.
 * Run: {@code ./mvnw -q -pl knowledge-base test-compile exec:java@fit}.
 */
public final class ConfidenceFitting {
    private static final int EPOCHS = 20_000;
    /**
     * What a wrong answer costs, where a right one gains 1: read aloud with assurance, it sends a person to a closed
     * office or the wrong number, and a kiosk that was wrong once is not trusted again; declining offers the likely
     * entries and an operator instead, and costs nothing.
     */
    private static final double WRONG_ANSWER_COST = 2;
    private static final double RATE = 0.05;
    private static final double L2 = 0.001;

    private ConfidenceFitting() {
    }

    record Sample(EvalQuestion question, SearchResult result, boolean right) {
    }

    public static void main(String[] args) {
        Content content = EvalContent.load();
        List<EvalQuestion> all = EvalSet.load();
        try (KnowledgeIndex index = KnowledgeIndex.inMemory()) {
            index.rebuild(content);
            // an always-answer model, so every question yields its evidence
            SearchOptions open = SearchOptions.DEFAULT.withConfidence(ConfidenceModel.DEFAULT.withThreshold(0));
            KnowledgeSearcher searcher = new KnowledgeSearcher(index, Synonyms.load(SampleContent.folder()), open);
            List<Sample> dev = new ArrayList<>();
            List<Sample> held = new ArrayList<>();
            List<EvalQuestion> questions = new ArrayList<>(all);
            // off-topic questions written only to teach the model when to decline: all of them go to fitting
            List<EvalQuestion> offTopic = EvalSet.load("calibration-offtopic.tsv").stream()
                .map(q -> new EvalQuestion(q.text(), null, q.category(), null, 1)).toList(); // line 1: the fitting half
            questions.addAll(offTopic);
            for (EvalQuestion q : questions) {
                SearchResult result = searcher.search(SearchRequest.of(q.text()).at(q.near(), q.kioskPosition(content)));
                boolean right = q.answerable() && !result.hits().isEmpty() && result.hits().get(0).id().equals(q.expectedId());
                (q.line() % 2 == 1 ? dev : held).add(new Sample(q, result, right));
            }
            // only what the model decides teaches it: a question that found nothing, or one about the kiosk's own centre
            // (answered whatever the model says), has no evidence, and as a sample it only bent the intercept and the
            // weight of the unknown words that evidence-less results are filled with
            List<Sample> decided = dev.stream().filter(ConfidenceFitting::decidedByTheModel).toList();
            double[] w = fit(decided);
            ConfidenceModel model = new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], 0.5);
            // the threshold worth most on the traffic a kiosk hears: a right answer gains one, a wrong one (the wrong
            // entry, or any entry for an off-topic question) loses WRONG_ANSWER_COST, declining with suggestions is neither;
            // the calibration has far more off-topic questions than a kiosk hears, so each kind is weighed by its
            // share among the development questions
            double offTopicShare = all.stream().filter(q -> !q.answerable()).count() / (double) all.size();
            // each threshold is judged with its neighbours (0.05 either side): the worth is flat near the best, where a
            // single question decides between two thresholds, and the choice should not flip with it
            List<Sample> everything = new ArrayList<>(dev);
            everything.addAll(held);
            double best = -1;
            double threshold = 0.5;
            for (int step = 10; step <= 90; step++) {
                double t = step / 100.0;
                double worth = 0;
                for (double near : new double[] {t - 0.05, t, t + 0.05}) {
                    double[] s = score(everything, model.withThreshold(near));
                    // on an off-topic question answering loses the cost and declining nothing: the same ranking as gaining it
                    worth += (1 - offTopicShare) * (s[0] - WRONG_ANSWER_COST * s[2]) + offTopicShare * WRONG_ANSWER_COST * s[1];
                }
                if (worth > best) {
                    best = worth;
                    threshold = t;
                }
            }
            List<Sample> traffic = new ArrayList<>(held);
            dev.stream().filter(sample -> all.contains(sample.question())).forEach(traffic::add);
            model = priorCorrected(model.withThreshold(threshold), decided,
                traffic.stream().filter(ConfidenceFitting::decidedByTheModel).toList());
            System.out.printf("fitted on %d questions: new ConfidenceModel(%.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, %.3f, "
                + "%.3f, %.3f, %.3f)%n",
                decided.size(), model.bias(), model.coverage(), model.knownCoverage(), model.unknownShare(), model.subjects(),
                model.namedShare(), model.wholeShare(), model.foreignNounShare(), model.mentionedShare(), model.margin(),
                model.soleSubjectNotNamed(), model.threshold());
            double[] d = score(dev, model);
            double[] h = score(held, model);
            System.out.printf("fit set (odd lines + off-topic): hit@1 %.3f  abstention %.3f%n", d[0], d[1]);
            System.out.printf("even lines of the development set: hit@1 %.3f  abstention %.3f%n", h[0], h[1]);
            System.out.println("the trade-off, threshold: hit@1 / abstention on the fit set, then on the even lines");
            for (double t = 0.30; t < 0.91; t += 0.05) {
                double[] fitted = score(dev, model.withThreshold(t));
                double[] even = score(held, model.withThreshold(t));
                System.out.printf("  %.2f: %.3f / %.3f   %.3f / %.3f%n", t, fitted[0], fitted[1], even[0], even[1]);
            }
        }
    }

    /**
     * The fit set holds many more off-topic questions than a kiosk hears, which pulls every probability down. The
     * intercept is moved by the difference of the two log-odds of a right first hit (fit set against the
     * development set, our best guess of real traffic), and the threshold with it, so decisions stay the same and
     * the confidence reads as a probability for ordinary questions.
     */
    private static ConfidenceModel priorCorrected(ConfidenceModel model, List<Sample> fitSet, List<Sample> traffic) {
        double fitPrior = fitSet.stream().filter(Sample::right).count() / (double) fitSet.size();
        double trafficPrior = traffic.stream().filter(Sample::right).count() / (double) traffic.size();
        double shift = logit(trafficPrior) - logit(fitPrior);
        double threshold = 1 / (1 + Math.exp(-(logit(model.threshold()) + shift)));
        return new ConfidenceModel(model.bias() + shift, model.coverage(), model.knownCoverage(), model.unknownShare(),
            model.subjects(), model.namedShare(), model.wholeShare(), model.foreignNounShare(),
            model.mentionedShare(), model.margin(), model.soleSubjectNotNamed(), threshold);
    }

    private static boolean decidedByTheModel(Sample sample) {
        return !sample.result().hits().isEmpty() && sample.result().evidence() != Evidence.NONE;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double[] features(Evidence e) {
        return new double[] {1, e.coverage(), e.knownCoverage(), e.unknownShare(), Math.min(e.subjects(), 5), e.namedShare(),
            e.wholeShare(), e.foreignNounShare(), e.mentionedShare(), e.margin(), e.soleSubjectNotNamed() ? 1 : 0};
    }

    /** Plain batch gradient descent on the log loss, with a little L2 so rare feature values cannot run away. */
    private static double[] fit(List<Sample> samples) {
        double[] w = new double[11];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[] gradient = new double[w.length];
            for (Sample sample : samples) {
                double[] x = features(sample.result().evidence());
                double z = 0;
                for (int i = 0; i < w.length; i++) {
                    z += w[i] * x[i];
                }
                double error = 1 / (1 + Math.exp(-z)) - (sample.right() ? 1 : 0);
                for (int i = 0; i < w.length; i++) {
                    gradient[i] += error * x[i];
                }
            }
            for (int i = 0; i < w.length; i++) {
                w[i] -= RATE * (gradient[i] / samples.size() + (i == 0 ? 0 : L2 * w[i]));
            }
        }
        return w;
    }

    /**
     * hit@1 and abstention of a model over samples, as {@link Scores} defines them, and the share of answerable
     * questions answered with the wrong entry.
     */
    private static double[] score(List<Sample> samples, ConfidenceModel model) {
        int answerable = 0;
        int hit = 0;
        int wrong = 0;
        int unanswerable = 0;
        int abstained = 0;
        for (Sample sample : samples) {
            boolean answers = sample.result().confidence() > 0 && model.probability(sample.result().evidence()) >= model.threshold()
                || sample.result().evidence() == Evidence.NONE && sample.result().confidence() > 0;
            if (sample.question().answerable()) {
                answerable++;
                hit += answers && sample.right() ? 1 : 0;
                wrong += answers && !sample.right() ? 1 : 0;
            } else {
                unanswerable++;
                abstained += answers ? 0 : 1;
            }
        }
        return new double[] {(double) hit / answerable, (double) abstained / unanswerable, (double) wrong / answerable};
    }
}
