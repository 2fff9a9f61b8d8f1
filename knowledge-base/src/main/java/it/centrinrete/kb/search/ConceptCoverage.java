package it.centrinrete.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * How much of a question an entry covers: each concept weighs as much as its word is rare in the content (an
 * inverse document frequency), and a concept matched only through a close spelling or a similar sound counts for
 * less than one matched exactly. Aspect words ("apre", "costa", "dove") do not count: every centre has opening
 * hours even when its text never says "apre", so they rank but never make an entry look less fitting. A concept
 * an entry only mentions in its description ("tempo" in "tempo libero"), or as one word of a longer keyword
 * ("messa" of "messa in piega"), counts for less than one it is about (its title or a one-word keyword, more if
 * the question says a whole keyword): that keeps a single common word from passing for a grounded answer. Words
 * the content has never seen weigh the most, and those general Italian knows as nouns ("lotto", "crociera") are
 * counted apart: they are no typo, so they most likely name what the content does not cover. So is the name of a
 * street or a person ("piazzale Martini", "dottor Rossi") the entry does not have: the question is about that place
 * or that person, even when another entry has the name.
 */
final class ConceptCoverage {
    private static final double NAMED = 0.85;
    private static final double MENTIONED = 0.7;
    private static final double LOOSE_MATCH = 0.6;
    /** A concept weighing at least this share of the question's heaviest one is specific enough to decide the answer. */
    private static final double SPECIFIC = 0.5;

    private final IndexSearcher searcher;
    private final MatchingDocs matching;
    private final List<Concept> concepts = new ArrayList<>();
    private final ConceptQueries queries;
    private final List<List<String>> whole = new ArrayList<>();
    private final List<Query> strict = new ArrayList<>();
    private final List<Query> loose = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();
    private final List<Boolean> known = new ArrayList<>();
    /** Whether a concept the content lacks is an Italian noun: a subject the content may simply not cover. */
    private final List<Boolean> foreignNoun = new ArrayList<>();
    private final List<Map<Integer, Double>> levels = new ArrayList<>();

    private final TermLookup lookup;

    ConceptCoverage(IndexSearcher searcher, TermLookup lookup, ConceptQueries queries, MatchingDocs matching) {
        this.searcher = searcher;
        this.lookup = lookup;
        this.queries = queries;
        this.matching = matching;
    }

    /**
     * @param wholeKeyphrases the keyphrases that would say a whole keyword ({@link ConceptQueries#wholeKeyphrases})
     * @param looseQuery the strict query itself when nothing was loosened
     */
    void add(Concept concept, List<String> wholeKeyphrases, Query strictQuery, Query looseQuery) throws IOException {
        concepts.add(concept);
        whole.add(wholeKeyphrases);
        strict.add(strictQuery);
        loose.add(looseQuery);
        boolean inContent = isKnown(concept);
        weights.add(weight(concept));
        known.add(inContent);
        foreignNoun.add(!inContent && isNoun(concept));
    }

    /** Whether the content has the concept at all, in the question's own words or a synonym. */
    private boolean isKnown(Concept concept) throws IOException {
        for (List<String> phrase : concept.phrases()) {
            boolean all = true;
            for (String term : phrase) {
                all &= lookup.test(term);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The features of how well {@code doc} answers the question, for the confidence model. */
    Evidence evidence(int doc) {
        double total = 0;
        double covered = 0;
        double knownTotal = 0;
        double unknown = 0;
        double foreignNouns = 0;
        double mentioned = 0;
        double namedWeight = 0;
        double wholeWeight = 0;
        int subjects = 0;
        for (int i = 0; i < concepts.size(); i++) {
            if (concepts.get(i).aspect()) {
                continue;
            }
            subjects++;
            double weight = weights.get(i);
            double match = match(i, doc);
            total += weight;
            covered += weight * match;
            if (known.get(i)) {
                knownTotal += weight;
            } else {
                unknown += weight;
            }
            // a street or a person the entry does not have counts even when the content has the name elsewhere
            boolean foreign = foreignNoun.get(i) || concepts.get(i).name();
            foreignNouns += foreign && match == 0 ? weight : 0;
            mentioned += match > 0 && match < NAMED ? weight : 0;
            namedWeight += match >= NAMED ? weight : 0;
            wholeWeight += match == 1 ? weight : 0;
        }
        if (total == 0) {
            return Evidence.NONE;
        }
        return new Evidence(covered / total, knownTotal == 0 ? 0 : Math.min(1, covered / knownTotal), unknown / total, subjects,
            namedWeight / total, wholeWeight / total, foreignNouns / total, mentioned / total, 1);
    }

    private double weight(Concept concept) throws IOException {
        if (concept.aspect()) {
            return 0;
        }
        return (concept.context() ? Concept.CONTEXT_WEIGHT : 1) * rarity(concept);
    }

    private double rarity(Concept concept) throws IOException {
        int docs = Math.max(1, searcher.getIndexReader().numDocs());
        int rarest = Integer.MAX_VALUE;
        for (String term : concept.own()) {
            rarest = Math.min(rarest, lookup.docFreq(new Term(Fields.ALL, term)));
        }
        if (concept.name()) {
            // a street or a person names one thing, however common its word's stem in the content ("Rossi", "Rossa")
            rarest = Math.min(rarest, 1);
        }
        return Math.log(1 + (docs - rarest + 0.5) / (rarest + 0.5));
    }

    /**
     * Whether general Italian has one of the concept's words as a noun (not as a typo, a name or a verb). Names the
     * lexicon knows ("Palermo") were counted too, and measured: the fit leaned on the calibration set's many cities
     * and people, and both evaluation sets did worse; see the README.
     */
    private static boolean isNoun(Concept concept) {
        ItalianLexicon lexicon = ItalianLexicon.shared();
        for (String word : concept.words().split(" ")) {
            if (lexicon.classOf(word) == ItalianLexicon.WordClass.NOUN) {
                return true;
            }
        }
        return false;
    }

    double of(int doc) {
        double total = 0;
        double covered = 0;
        for (int i = 0; i < concepts.size(); i++) {
            total += weights.get(i);
            covered += weights.get(i) * match(i, doc);
        }
        return total == 0 ? 0 : covered / total;
    }

    /**
     * Whether {@code child} names something weighty the question asks about that {@code parent} only mentions or
     * lacks: "il coro del CAM Chiesa Rossa" names the choir, which the centre's own entry only mentions. Light words
     * ("centro") do not count: every entry held at a centre has them.
     */
    boolean namesWhatOnlyMentions(int child, int parent) {
        double heaviest = 0;
        for (double weight : weights) {
            heaviest = Math.max(heaviest, weight);
        }
        for (int i = 0; i < concepts.size(); i++) {
            boolean weighty = !concepts.get(i).aspect() && weights.get(i) >= SPECIFIC * heaviest;
            if (weighty && match(i, child) >= NAMED && match(i, parent) < NAMED) {
                return true;
            }
        }
        return false;
    }

    /** The words of the question the entry does not cover. */
    List<String> unmatched(int doc) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            if (!concepts.get(i).aspect() && match(i, doc) == 0) {
                words.add(concepts.get(i).words());
            }
        }
        return words;
    }

    /** Finds which of the candidate documents each concept matches at each level. */
    void prepare(int[] candidates) {
        levels.clear();
        for (int i = 0; i < concepts.size(); i++) {
            Map<Integer, Double> level = new HashMap<>();
            Concept concept = concepts.get(i);
            List<String> keyphrases = whole.get(i);
            Query strictQuery = strict.get(i);
            Query looseQuery = loose.get(i);
            FixedBitSet wholly = matching.of(new Level("whole", keyphrases), () -> queries.wholeKeyword(keyphrases));
            FixedBitSet byName = matching.of(new Level("named", concept), () -> queries.named(concept));
            FixedBitSet strictly = matching.of(new Level("strict", concept), () -> strictQuery);
            FixedBitSet loosely = looseQuery == strictQuery ? strictly : matching.of(new Level("loose", concept), () -> looseQuery);
            for (int doc : candidates) {
                double found = wholly.get(doc) ? 1.0
                    : byName.get(doc) ? NAMED
                    : strictly.get(doc) ? MENTIONED
                    : loosely.get(doc) ? LOOSE_MATCH : 0;
                if (found > 0) {
                    level.put(doc, found);
                }
            }
            levels.add(level);
        }
    }

    /** Names a coverage query by what it looks for, for {@link MatchingDocs}. */
    private record Level(String level, Object of) {
    }

    private double match(int concept, int doc) {
        return levels.get(concept).getOrDefault(doc, 0.0);
    }
}
