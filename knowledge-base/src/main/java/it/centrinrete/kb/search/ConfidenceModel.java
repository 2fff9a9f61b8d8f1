package it.centrinrete.kb.search;

/**
 * Turns the evidence for the best entry into the probability that it is what the person asked about: a logistic
 * model whose weights were fitted on the odd lines of the evaluation set ({@code ConfidenceFitting} in the tests
 * prints them) and checked on the even lines. {@code threshold} is the probability below which the assistant
 * says it does not know.
 */
public record ConfidenceModel(double bias, double coverage, double knownCoverage, double unknownShare, double subjects,
                              double namedShare, double threshold) {

    /** Fitted 2026-11-25 on the dev half of the evaluation set; see the knowledge-base README. */
    public static final ConfidenceModel DEFAULT = new ConfidenceModel(-3.285, 4.748, -0.840, 1.637, 0.289, 1.925, 0.55);

    public double probability(Evidence evidence) {
        double z = bias + coverage * evidence.coverage() + knownCoverage * evidence.knownCoverage()
            + unknownShare * evidence.unknownShare() + subjects * Math.min(evidence.subjects(), 5)
            + namedShare * evidence.namedShare();
        return 1 / (1 + Math.exp(-z));
    }

    public ConfidenceModel withThreshold(double value) {
        return new ConfidenceModel(bias, coverage, knownCoverage, unknownShare, subjects, namedShare, value);
    }
}
