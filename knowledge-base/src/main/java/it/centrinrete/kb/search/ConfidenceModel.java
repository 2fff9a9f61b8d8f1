package it.centrinrete.kb.search;

/**
 * Turns the evidence for the best entry into the probability that it is what the person asked about: a logistic
 * model whose weights were fitted on the odd lines of the development set and a set of off-topic questions
 * ({@code ConfidenceFitting} in the tests prints them), checked on the even lines and on the held-out set.
 * {@code threshold} is the probability below which the assistant says it does not know.
 */
public record ConfidenceModel(double bias, double coverage, double knownCoverage, double unknownShare, double subjects,
                              double namedShare, double wholeShare, double threshold) {

    /**
     * Fitted 2026-11-25 by {@code ConfidenceFitting} on the odd lines of the development set and 220 off-topic
     * questions written for calibration, with the intercept moved back to the development set's share of right
     * first hits; see the knowledge-base README.
     */
    public static final ConfidenceModel DEFAULT = new ConfidenceModel(-3.632, 5.849, -0.600, 0.945, 0.491, 0.288, 1.954, 0.748);

    public double probability(Evidence evidence) {
        double z = bias + coverage * evidence.coverage() + knownCoverage * evidence.knownCoverage()
            + unknownShare * evidence.unknownShare() + subjects * Math.min(evidence.subjects(), 5)
            + namedShare * evidence.namedShare() + wholeShare * evidence.wholeShare();
        return 1 / (1 + Math.exp(-z));
    }

    public ConfidenceModel withThreshold(double value) {
        return new ConfidenceModel(bias, coverage, knownCoverage, unknownShare, subjects, namedShare, wholeShare, value);
    }
}
