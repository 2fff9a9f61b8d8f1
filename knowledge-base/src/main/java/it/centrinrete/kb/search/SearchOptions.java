package it.centrinrete.kb.search;

/**
 * Switches for the parts of the search that the evaluation measures one against another.
 *
 * @param fuzzy try close spellings of words the index does not know
 * @param sound try words that sound the same (speech-recognition slips)
 * @param grams try words that share most of their character trigrams (off by default: the evaluation shows it
 *     adds nothing once fuzzy matching and sound keys are on)
 * @param synonyms expand the question with the operators' synonyms
 * @param confidence how evidence becomes a probability, and below which the search abstains
 */
public record SearchOptions(boolean fuzzy, boolean sound, boolean grams, boolean synonyms, ConfidenceModel confidence) {
    /** The settings the product uses; the evaluation report shows how they were chosen. */
    public static final SearchOptions DEFAULT = new SearchOptions(true, true, false, true, ConfidenceModel.DEFAULT);

    public SearchOptions {
        if (confidence == null) {
            throw new IllegalArgumentException("a confidence model is required");
        }
    }

    public SearchOptions withFuzzy(boolean on) {
        return new SearchOptions(on, sound, grams, synonyms, confidence);
    }

    public SearchOptions withSound(boolean on) {
        return new SearchOptions(fuzzy, on, grams, synonyms, confidence);
    }

    public SearchOptions withGrams(boolean on) {
        return new SearchOptions(fuzzy, sound, on, synonyms, confidence);
    }

    public SearchOptions withSynonyms(boolean on) {
        return new SearchOptions(fuzzy, sound, grams, on, confidence);
    }

    public SearchOptions withConfidence(ConfidenceModel model) {
        return new SearchOptions(fuzzy, sound, grams, synonyms, model);
    }
}
