package it.centrinrete.kb.search;

/** The names of the index's fields, in one place. */
final class Fields {
    /** Exact entry id, stored: what a hit returns. */
    static final String ID = "id";
    /** Entry type wire name, for filtering. */
    static final String TYPE = "type";
    /** Title or name, analysed, stored for display in hits. */
    static final String TITLE = "title";
    /** Colloquial keywords. */
    static final String KEYWORDS = "keywords";
    /**
     * Keywords of one word only. A word that is only part of a longer keyword ("messa" of "messa in piega", "santo" of
     * "fuoco di Sant'Antonio") is most often the same word in another sense, so it does not name the entry.
     */
    static final String SINGLE_KEYWORDS = "single_keywords";
    /** Each keyword and the title as one exact token of its index terms: a question that says a whole keyword. */
    static final String KEYPHRASE = "keyphrase";
    /** Pairs of words a name is said in ("ponte lambro", "via zante"), to recognise a misheard name: {@link NamePairs}. */
    static final String NAME_PAIRS = "name_pairs";
    /** The wordings of a FAQ's question: what it is about, as much as a title is. */
    static final String QUESTIONS = "questions";
    /** Descriptive texts. */
    static final String BODY = "body";
    /** Names and neighbourhoods of the centres an entry is at, so "…al centro Zante" reaches services offered there. */
    static final String PLACE = "place";
    /** Ids of the centres an entry is at (doc values only): a centre is the parent of what happens there. */
    static final String AT_CENTRES = "at_centres";
    /** Everything above, for term statistics and for telling which words of a question an entry covers. */
    static final String ALL = "all";
    /**
     * Everything, word by word as written, folded but not stemmed: where a misspelt word is corrected as written
     * ({@link CloseSpellings#ofWritten}), since the stem of a misspelt word can be cut anywhere.
     */
    static final String SURFACE = "surface";
    /** Everything, reduced to a sound key, for speech-recognition slips ("sante" for "Zante"). */
    static final String SOUND = "sound";
    /** Everything, as character trigrams of each word, for typos (measured against fuzzy matching and sound). */
    static final String GRAM = "gram";
    /** Positions (a service may be offered at several centres), for distance to the kiosk's centre. */
    static final String LOCATION = "location";
    static final String POSITIONS = "positions";

    private Fields() {
    }
}
