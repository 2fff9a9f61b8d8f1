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
 */
public record Evidence(double coverage, double knownCoverage, double unknownShare, int subjects, double namedShare,
                       double wholeShare) {
    public static final Evidence NONE = new Evidence(0, 0, 1, 0, 0, 0);
}
