package it.centrinrete.kb.search;

/**
 * Turns the evidence for the best entry into the probability that it is what the person asked about: a logistic
 * model whose weights were fitted on the odd lines of the development set and a set of off-topic questions
 * ({@code ConfidenceFitting} in the tests prints them), checked on the even lines and on the held-out set. The
 * weights are of the {@link Evidence} features, plus {@code soleSubjectNotNamed} when
 * {@link Evidence#soleSubjectNotNamed()} holds. {@code threshold} is the probability below which the assistant says
 * it does not know.
 */
public record ConfidenceModel(double bias, double coverage, double knownCoverage, double unknownShare, double subjects,
                              double namedShare, double wholeShare, double foreignNounShare, double mentionedShare,
                              double margin, double soleSubjectNotNamed, double threshold) {

    /**
     * Fitted 2026-12-07 by {@code ConfidenceFitting} on the odd lines of the development set and 219 off-topic
     * questions written for calibration (those whose answer the model decides), with the threshold worth most on
     * the development set's mix of questions (a wrong answer costs twice what a right one gains), and the intercept
     * moved back to that mix; see the knowledge-base README.
     */
    public static final ConfidenceModel DEFAULT =
        new ConfidenceModel(-5.166, 4.063, -0.247, 0.469, 0.736, 3.115, 1.422, -2.437, 2.747, 1.084, -1.372, 0.648);

    public double probability(Evidence evidence) {
        double z = bias + coverage * evidence.coverage() + knownCoverage * evidence.knownCoverage()
            + unknownShare * evidence.unknownShare() + subjects * Math.min(evidence.subjects(), 5)
            + namedShare * evidence.namedShare() + wholeShare * evidence.wholeShare()
            + foreignNounShare * evidence.foreignNounShare() + mentionedShare * evidence.mentionedShare()
            + margin * evidence.margin() + (evidence.soleSubjectNotNamed() ? soleSubjectNotNamed : 0);
        return 1 / (1 + Math.exp(-z));
    }

    public ConfidenceModel withThreshold(double value) {
        return new ConfidenceModel(bias, coverage, knownCoverage, unknownShare, subjects, namedShare, wholeShare, foreignNounShare,
            mentionedShare, margin, soleSubjectNotNamed, value);
    }
}
