package it.centrinrete.kb.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Builds the Lucene query of one concept: its phrases in the title, keywords, body and place fields, best field
 * wins. A word the index has never seen is most likely a typo or a recognition slip, so only such words also try
 * the content's words it most likely stands for ({@link CloseSpellings}), or the same sound; known words stay exact,
 * which keeps fuzzy noise out of good questions, unless the word beside them shows a name the recogniser misheard
 * ({@link NamePairs}: "ponte lampo" also asks for "lambro").
 */
final class ConceptQueries {
    /** Field weights: a word in the title says more about an entry than the same word deep in its description. */
    private static final float TITLE = 3f;
    private static final float KEYWORDS = 2.2f;
    private static final float BODY = 1f;
    private static final float PLACE = 1.2f;
    /** A synonym is a slightly weaker sign than the person's own word. */
    private static final float SYNONYM = 0.85f;
    private static final float FUZZY = 0.6f;
    private static final float FAR = 0.45f;
    private static final float SOUND = 0.5f;
    private static final float GRAM = 0.5f;
    /** Share of a word's trigrams another word must have to count as the same word mistyped. */
    private static final double GRAM_SHARE = 0.6;
    private static final float ASPECT = 0.25f;

    private final SearchOptions options;
    private final TermLookup lookup;

    ConceptQueries(SearchOptions options, TermLookup lookup) {
        this.options = options;
        this.lookup = lookup;
    }

    /** True when the question's own word does not occur anywhere in the index. */
    boolean unknown(Concept concept) {
        for (String term : concept.own()) {
            if (!lookup.test(term)) {
                return true;
            }
        }
        return false;
    }

    Query query(Concept concept, boolean unknown) {
        List<Query> alternatives = new ArrayList<>();
        for (int i = 0; i < concept.phrases().size(); i++) {
            Query phrase = inFields(concept.phrases().get(i));
            alternatives.add(i == 0 ? phrase : new BoostQuery(phrase, SYNONYM));
        }
        if (unknown && concept.own().size() == 1) {
            String term = concept.own().get(0);
            List<CloseSpellings.Correction> corrections = closeSpellings(concept, term);
            boolean realWord = ItalianLexicon.shared().classOf(concept.words()) != ItalianLexicon.WordClass.UNKNOWN;
            if (realWord) {
                // a real word is no typo: if it is a slip of the recogniser, it sounds like the word meant
                corrections = corrections.stream().filter(correction -> correction.slip() == 0).toList();
            }
            for (CloseSpellings.Correction correction : corrections) {
                alternatives.add(new BoostQuery(inFields(List.of(correction.term())), correction.slip() > 1 ? FAR : FUZZY));
            }
            if (options.grams() && concept.words().length() >= ItalianGramAnalyzer.SIZE + 2) {
                alternatives.add(new BoostQuery(grams(concept.words()), GRAM));
            }
            // nor does a real word stand for whatever shares its rough sound key: short keys meet many words ("volo" is
            // no "foglio", "lotto" no "Lodi"), and a word too short for close spellings has only that key
            if (options.sound() && corrections.isEmpty() && !realWord) {
                alternatives.add(new BoostQuery(lookup.query(new Term(Fields.SOUND, ItalianSoundFilter.key(concept.words()))), SOUND));
            }
        }
        if (unknown) {
            for (String name : concept.misheard()) {
                alternatives.add(new BoostQuery(inFields(List.of(name)), FUZZY));
            }
        }
        Query query = new DisjunctionMaxQuery(alternatives, 0.1f);
        return concept.aspect() ? new BoostQuery(query, ASPECT) : query;
    }

    /**
     * The content's words a misspelt word most likely stands for, close to its stem or close as written: the stem of
     * a misspelt word can be cut anywhere ("cuciare" keeps only "cuc" of "cucinare").
     */
    private List<CloseSpellings.Correction> closeSpellings(Concept concept, String term) {
        if (!options.fuzzy()) {
            return List.of();
        }
        String written = concept.words();
        List<CloseSpellings.Correction> byStem = term.length() >= 5 ? lookup.corrections(term) : List.of();
        List<CloseSpellings.Correction> asWritten = written.length() >= 5 && !written.contains(" ")
            ? lookup.writtenCorrections(written) : List.of();
        return CloseSpellings.bestOf(byStem, asWritten);
    }

    /**
     * A whole keyword (or the whole title) said in the question, in the words around the concept or as one of its
     * synonyms: "pulsante al collo" is stronger evidence for the alarm than "collo" alone, and "santo" alone is not
     * "fuoco di Sant'Antonio". These are the keyphrases to look for; {@link #wholeKeyword(List)} is their query.
     */
    static List<String> wholeKeyphrases(List<Concept> concepts, int index) {
        List<String> keyphrases = new ArrayList<>();
        for (int length = 1; length <= 3; length++) {
            for (int start = Math.max(0, index - length + 1); start <= index && start + length <= concepts.size(); start++) {
                List<String> terms = new ArrayList<>();
                concepts.subList(start, start + length).forEach(concept -> terms.addAll(concept.own()));
                keyphrases.add(String.join(" ", terms));
            }
        }
        for (List<String> phrase : concepts.get(index).phrases()) {
            keyphrases.add(String.join(" ", phrase));
        }
        return keyphrases;
    }

    Query wholeKeyword(List<String> keyphrases) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String keyphrase : keyphrases) {
            any.add(lookup.query(new Term(Fields.KEYPHRASE, keyphrase)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * The concept named in what an entry is — its title, its keywords, the wordings of its question (a FAQ), or the
     * centre it belongs to — not just mentioned in its text: "il coro del CAM Chiesa Rossa" is wholly about the
     * choir that meets there.
     */
    Query named(Concept concept) {
        List<Query> alternatives = new ArrayList<>();
        for (List<String> phrase : concept.phrases()) {
            alternatives.add(inField(Fields.TITLE, phrase));
            alternatives.add(inField(phrase.size() == 1 ? Fields.SINGLE_KEYWORDS : Fields.KEYWORDS, phrase));
            alternatives.add(inField(Fields.PLACE, phrase));
            alternatives.add(inField(Fields.QUESTIONS, phrase));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    /** The concept in an entry's title. */
    Query inTitle(Concept concept) {
        List<Query> alternatives = new ArrayList<>();
        for (List<String> phrase : concept.phrases()) {
            alternatives.add(inField(Fields.TITLE, phrase));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private Query grams(String word) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int count = 0;
        for (int i = 0; i + ItalianGramAnalyzer.SIZE <= word.length(); i++) {
            any.add(lookup.query(new Term(Fields.GRAM, word.substring(i, i + ItalianGramAnalyzer.SIZE))), BooleanClause.Occur.SHOULD);
            count++;
        }
        any.setMinimumNumberShouldMatch((int) Math.ceil(count * GRAM_SHARE));
        return any.build();
    }

    private Query inFields(List<String> phrase) {
        return new DisjunctionMaxQuery(List.of(
            new BoostQuery(inField(Fields.TITLE, phrase), TITLE),
            new BoostQuery(inField(Fields.KEYWORDS, phrase), KEYWORDS),
            new BoostQuery(inField(Fields.BODY, phrase), BODY),
            new BoostQuery(inField(Fields.PLACE, phrase), PLACE)), 0.2f);
    }

    private Query inField(String field, List<String> phrase) {
        if (phrase.size() == 1) {
            return lookup.query(new Term(field, phrase.get(0)));
        }
        // a little slop: "visita medica" should match "visite mediche specialistiche"
        return new PhraseQuery(2, field, phrase.toArray(String[]::new));
    }
}
