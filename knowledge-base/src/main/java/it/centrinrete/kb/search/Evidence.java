package it.centrinrete.kb.search;

/**
 * What the best entry has to show for a question: the features confidence is computed from, and what a tutor sees
 * when asking the kiosk "why did you answer that?". Shares are of the question's weight (the rarer a word in the
 * content, the more it weighs; facet words such as "apre" or "dove" weigh nothing).
 *
 * @param coverage share of the question the entry covers (named 1, mentioned 0.7, near-spelling 0.6)
 * @param knownCoverage the same, counting only words the content has at all
 * @param unknownShare share of the question made of words the content has never seen
 * @param subjects how many things the question names
 * @param namedShare share of the question the entry is about (its title, keywords or centre name it)
 * @param wholeShare share of the question that says one of the entry's keywords, or its title, whole
 * @param foreignNounShare share of the question made of nouns the content never uses and the entry does not match
 *                         even by a close spelling: general Italian knows them, so they are no typo, and what the
 *                         question is about ("il lotto", "una crociera") is most likely not in the content; and of
 *                         names of a street or a person the entry does not have, even if another entry does
 *                         ("l'ufficio postale di piazzale Martini", "il dottor Rossi")
 * @param mentionedShare share of the question the entry only mentions (in its description, or by a close spelling)
 *                       without being about it: with namedShare it tells how much of the question the entry touches
 *                       at all, where coverage blends that with how well
 * @param margin how far the entry is ahead of the next one (1 - next score / its score): a question the content
 *               answers usually has one clear answer, one it does not answer finds several entries about equally weak
 */
public record Evidence(double coverage, double knownCoverage, double unknownShare, int subjects, double namedShare,
                       double wholeShare, double foreignNounShare, double mentionedShare, double margin) {
    public static final Evidence NONE = new Evidence(0, 0, 1, 0, 0, 0, 0, 0, 0);

    /**
     * Whether the question names one thing only and the entry is not about it, mentioning it at best in passing:
     * "quanto costa la benzina oggi" finds the one service whose text mentions petrol. Such a first hit was wrong
     * on nearly every question of every set, answerable or not (see the knowledge-base README).
     */
    public boolean soleSubjectNotNamed() {
        return subjects == 1 && namedShare == 0;
    }

    public Evidence withMargin(double value) {
        return new Evidence(coverage, knownCoverage, unknownShare, subjects, namedShare, wholeShare, foreignNounShare, mentionedShare,
            value);
    }
}
