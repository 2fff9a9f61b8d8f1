package it.centrinrete.kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What general Italian knows about a word, beyond the content: its word class (from the Morph-it! lexicon) and
 * how common it is (a list of the commonest words in order), both read from LanguageTool's Italian data jar.
 * The content alone cannot tell "crociera" from "abbonamneto": both are words no entry has. The lexicon can: a
 * typo or a recognition slip is no Italian word, while a noun the content lacks most often names a subject it does
 * not cover, and a verb it lacks ("come si richiede") is just another way of asking. Lookups are remembered,
 * because kiosks ask the same words all day; the lexicon's reader is not thread-safe, so each thread has its own.
 */
public final class ItalianLexicon {
    private static final String DICTIONARY = "/org/languagetool/resource/it/italian.dict";
    private static final String COMMON_WORDS = "/org/languagetool/resource/it/common_words.txt";
    /** Remembered lookups; beyond this the memory simply starts again. */
    private static final int REMEMBERED = 50_000;

    private static final Map<Character, String> ACCENTED = Map.of('a', "à", 'e', "èé", 'i', "ì", 'o', "ò", 'u', "ù");

    private static volatile ItalianLexicon shared;

    private final Dictionary dictionary;
    private final Map<String, Integer> ranks;
    private final ThreadLocal<DictionaryLookup> lookups;
    private final BoundedMemory<String, WordClass> classes = new BoundedMemory<>(REMEMBERED);

    /** What a word is in general Italian, as far as matters for weighing it in a question. */
    public enum WordClass {
        /** Can be a noun: it may be what the question is about. */
        NOUN,
        /**
         * Only a proper name general Italian knows (a city, a person's first name): like a noun, what the question is
         * about, and no typo; the lexicon writes these capitalised, and questions arrive in lowercase.
         */
        NAME,
        /** Only a verb, adjective, adverb or interjection: a way of asking, not a subject. */
        PREDICATE,
        /** Articles, prepositions, pronouns, conjunctions and the like. */
        FUNCTION,
        /** Not an Italian word the lexicon knows: a name, a typo, a recognition slip or a foreign word. */
        UNKNOWN
    }

    private ItalianLexicon(Dictionary dictionary, Map<String, Integer> ranks) {
        this.dictionary = dictionary;
        this.ranks = ranks;
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    }

    /** The lexicon, read once per process: about a megabyte of automaton and word list. */
    public static ItalianLexicon shared() {
        ItalianLexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (ItalianLexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    lexicon = load();
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    private static ItalianLexicon load() {
        URL dictionary = ItalianLexicon.class.getResource(DICTIONARY);
        if (dictionary == null) {
            throw new IllegalStateException("the Italian lexicon " + DICTIONARY
                + " is not on the class path (org.languagetool:language-it)");
        }
        try {
            return new ItalianLexicon(Dictionary.read(dictionary), readRanks());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the Italian lexicon " + DICTIONARY + " failed", e);
        }
    }

    private static Map<String, Integer> readRanks() throws IOException {
        Map<String, Integer> ranks = new HashMap<>();
        try (InputStream in = ItalianLexicon.class.getResourceAsStream(COMMON_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("the Italian common-word list " + COMMON_WORDS + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int rank = 0;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ITALIAN);
                if (!word.isEmpty()) {
                    rank++;
                    ranks.putIfAbsent(word, rank);
                }
            }
        }
        return Map.copyOf(ranks);
    }

    /** The word's place among the commonest Italian words (1 is the commonest), or 0 when it is not among them. */
    public int rank(String word) {
        return ranks.getOrDefault(word.toLowerCase(Locale.ITALIAN), 0);
    }

    public WordClass classOf(String word) {
        String lower = word.toLowerCase(Locale.ITALIAN);
        return classes.get(lower, () -> lookUp(lower));
    }

    /**
     * Whether the word can only be a verb as such ("camminare", "pago"): participles do not count, since they serve
     * as nouns and adjectives too ("badante", "sindacato").
     */
    public boolean isOnlyVerb(String word) {
        List<WordData> readings = readings(word.toLowerCase(Locale.ITALIAN));
        for (WordData reading : readings) {
            String kind = reading.getTag() == null ? "" : reading.getTag().toString();
            boolean verb = kind.startsWith("VER") || kind.startsWith("AUX") || kind.startsWith("MOD");
            if (!verb || kind.contains("part")) {
                return false;
            }
        }
        return !readings.isEmpty();
    }

    private List<WordData> readings(String word) {
        List<WordData> readings = lookups.get().lookup(word);
        if (readings.isEmpty() && !word.isEmpty()) {
            // questions arrive accent-folded ("citta", "perche"): in Italian the written accent is almost always on the last vowel
            String accented = ACCENTED.get(word.charAt(word.length() - 1));
            for (int i = 0; accented != null && i < accented.length() && readings.isEmpty(); i++) {
                readings = lookups.get().lookup(word.substring(0, word.length() - 1) + accented.charAt(i));
            }
        }
        return readings;
    }

    private WordClass lookUp(String word) {
        List<WordData> readings = readings(word);
        if (readings.isEmpty()) {
            return word.isEmpty() || readings(Character.toUpperCase(word.charAt(0)) + word.substring(1)).isEmpty()
                ? WordClass.UNKNOWN : WordClass.NAME;
        }
        boolean predicate = false;
        for (WordData reading : readings) {
            CharSequence tag = reading.getTag();
            String kind = tag == null ? "" : tag.toString();
            if (kind.startsWith("NOUN") || kind.startsWith("NPR") || kind.startsWith("ABL")) {
                return WordClass.NOUN;
            }
            predicate |= kind.startsWith("VER") || kind.startsWith("AUX") || kind.startsWith("MOD") || kind.startsWith("CAU")
                || kind.startsWith("ASP") || kind.startsWith("ADJ") || kind.startsWith("ADV") || kind.startsWith("INT");
        }
        return predicate ? WordClass.PREDICATE : WordClass.FUNCTION;
    }
}
