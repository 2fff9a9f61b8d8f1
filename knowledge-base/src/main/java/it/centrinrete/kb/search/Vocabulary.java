package it.centrinrete.kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.it.ItalianAnalyzer;

/**
 * The general word lists of the analysis: stopwords (Lucene's Italian list plus the fillers of spoken questions)
 * and "aspect" words, which ask about when, where or how much rather than about what.
 */
final class Vocabulary {
    private static final CharArraySet STOPWORDS = buildStopwords();
    private static final CharArraySet GLUED_STOPWORDS = CliticStopFilter.gluedForms(STOPWORDS);
    private static final Set<String> ASPECTS = Set.copyOf(read("aspects.txt"));
    /** The shortest listed word a word one letter away from is taken for: shorter ones are a letter from too much. */
    private static final int MISTYPED_WORD = 5;
    /** Stopwords and facet words long enough to be recognised mistyped. */
    private static final List<String> LONG_LISTED_WORDS = longListedWords();
    private static final Set<String> REACH = Set.copyOf(read("reach.txt"));
    private static final Set<String> HERE = union(read("here.txt"), REACH);
    private static final Set<String> NEARBY = Set.copyOf(read("nearby.txt"));
    private static final Set<String> NAME_MARKERS = Set.copyOf(read("name-markers.txt"));
    private static final Set<String> PLACES = Set.copyOf(read("places.txt"));
    private static final Set<String> DEMONSTRATIVES = Set.of("questo", "questa", "questi", "queste", "quest", "codesto", "codesta");

    private Vocabulary() {
    }

    static CharArraySet stopwords() {
        return STOPWORDS;
    }

    /** The stopwords with a pronoun glued to them ("farlo", "dirmi"): {@link CliticStopFilter}. */
    static CharArraySet gluedStopwords() {
        return GLUED_STOPWORDS;
    }

    /**
     * The stopword or facet word a folded word is most likely a typo of ("qualuno" for "qualcuno", "pomerggio" for
     * "pomeriggio"), or null when none is a letter away; the caller makes sure the word is neither Italian nor the
     * content's. Mistyped, such a word would otherwise be one no entry has, the heaviest of the question.
     */
    static String mistypedListedWord(String foldedWord) {
        if (foldedWord.length() < MISTYPED_WORD) {
            return null;
        }
        for (String listed : LONG_LISTED_WORDS) {
            if (Math.abs(listed.length() - foldedWord.length()) <= 1 && CloseSpellings.distance(foldedWord, listed) == 1) {
                return listed;
            }
        }
        return null;
    }

    /** Whether a folded, unstemmed word asks about a facet (time, place, cost, contact) rather than a thing. */
    static boolean isAspect(String foldedWord) {
        return ASPECTS.contains(foldedWord);
    }

    /** Whether a folded word asks for what is near the kiosk or speaks to the centre itself. */
    static boolean isHere(String foldedWord) {
        return HERE.contains(foldedWord);
    }

    /**
     * Whether a folded word, after the one before it, speaks of the kiosk's own place: a word that always does
     * ({@link #isHere}), or a noun for a place after a demonstrative ("questo ufficio", "quest'edificio").
     */
    static boolean pointsHere(String before, String word) {
        return isHere(word) || before != null && DEMONSTRATIVES.contains(before) && PLACES.contains(word);
    }

    /** Whether a folded word comes before the name of a street or a person ("piazzale", "dottor"). */
    static boolean isNameMarker(String foldedWord) {
        return NAME_MARKERS.contains(foldedWord);
    }

    /** Whether a folded word asks how to reach a place or get in ("autobus", "gradini"). */
    static boolean isReach(String foldedWord) {
        return REACH.contains(foldedWord);
    }

    private static Set<String> union(Set<String> some, Set<String> more) {
        Set<String> all = new HashSet<>(some);
        all.addAll(more);
        return Set.copyOf(all);
    }

    /** Whether a folded word asks for what is near the kiosk ("qui", "vicino"), not merely for the centre. */
    static boolean isNearby(String foldedWord) {
        return NEARBY.contains(foldedWord);
    }

    /**
     * Whether a question's folded words ask for what is near the kiosk: a word such as "qui" or "vicino", or a
     * demonstrative before a word for the centre or a place ("questo centro", "questa sede", "questo ufficio"),
     * which can only mean this one.
     */
    static boolean asksNearby(List<String> foldedWords) {
        for (int i = 0; i < foldedWords.size(); i++) {
            String word = foldedWords.get(i);
            if (isNearby(word) || i > 0 && DEMONSTRATIVES.contains(foldedWords.get(i - 1)) && (isHere(word) || PLACES.contains(word))) {
                return true;
            }
        }
        return false;
    }

    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('’', '\'');
    }

    private static CharArraySet buildStopwords() {
        Set<String> words = new HashSet<>();
        for (Object word : ItalianAnalyzer.getDefaultStopSet()) {
            words.add(fold(new String((char[]) word)));
        }
        words.addAll(read("fillers.txt"));
        // an elided article typed without its apostrophe ("la carta d identita", "l ospedale") is still an article
        for (CharArraySet elided : List.of(ItalianSearchAnalyzer.ELISIONS, ItalianSearchAnalyzer.ELIDED_DEMONSTRATIVES)) {
            for (Object form : elided) {
                words.add(new String((char[]) form));
            }
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    private static List<String> longListedWords() {
        Set<String> listed = new HashSet<>(ASPECTS);
        for (Object word : STOPWORDS) {
            listed.add(new String((char[]) word));
        }
        List<String> words = new ArrayList<>();
        for (String word : listed) {
            if (word.length() >= MISTYPED_WORD && word.chars().allMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        words.sort(null); // the same answer on every run when two are a letter away
        return List.copyOf(words);
    }

    /** A word list of this package, one folded word or phrase per line; lines starting with # are comments. */
    static Set<String> read(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(fold(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
