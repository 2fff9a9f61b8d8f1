package it.centrinrete.kb.search;

/**
 * Switches for the parts of the search that the evaluation measures one against another.
 *
 * @param fuzzy try close spellings of words the index does not know
 * @param sound try words that sound the same (speech-recognition slips)
 * @param synonyms expand the question with the operators' synonyms
 * @param minCoverage below this share of the question's weight covered by the best entry, the search abstains
 */
public record SearchOptions(boolean fuzzy, boolean sound, boolean synonyms, double minCoverage) {
    /** The settings the product uses; the evaluation report shows how they were chosen. */
    public static final SearchOptions DEFAULT = new SearchOptions(true, true, true, 0.45);

    public SearchOptions {
        if (minCoverage < 0 || minCoverage > 1) {
            throw new IllegalArgumentException("minCoverage must be between 0 and 1, not " + minCoverage);
        }
    }

    public SearchOptions withFuzzy(boolean on) {
        return new SearchOptions(on, sound, synonyms, minCoverage);
    }

    public SearchOptions withSound(boolean on) {
        return new SearchOptions(fuzzy, on, synonyms, minCoverage);
    }

    public SearchOptions withSynonyms(boolean on) {
        return new SearchOptions(fuzzy, sound, on, minCoverage);
    }

    public SearchOptions withMinCoverage(double value) {
        return new SearchOptions(fuzzy, sound, synonyms, value);
    }
}
