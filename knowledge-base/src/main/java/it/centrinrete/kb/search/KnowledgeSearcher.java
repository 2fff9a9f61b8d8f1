package it.centrinrete.kb.search;

import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.GeoPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * Answers questions from the index. Ranking: BM25 over the question's concepts, then each candidate is weighed by
 * how much of the question it covers (an entry that matches "spesa" and "casa" beats one that matches "casa"
 * twice), and among near-equals the one nearest the kiosk wins. What the best entry has to show ({@link Evidence})
 * becomes the confidence through a {@link ConfidenceModel}: a question whose important words no entry has gets no
 * answer.
 */
public final class KnowledgeSearcher {
    /** Candidates re-ranked by coverage and nearness; beyond these BM25 alone has already decided. */
    private static final int CANDIDATES = 15;
    /** Distance at which nearness counts half: a short walk or two tram stops. */
    private static final double PIVOT_METRES = 1500;
    /** How much nearness may move a score: enough to break near-ties, never to beat a clearly better entry. */
    private static final double NEARNESS_WEIGHT = 0.08;
    /** When the person asks for what is near ("qui vicino"), nearness decides among entries about the same thing. */
    private static final double ASKED_NEARNESS_WEIGHT = 2.0;
    /**
     * What is left of the score of an entry about something the question sets aside ("oltre a quello
     * antinfluenzale"): it should come after every entry that answers the rest as well, yet stay among the hits.
     */
    private static final double SET_ASIDE = 0.25;
    /**
     * Confidence of answering with the kiosk's own centre a question that names nothing else ("siete aperti?"):
     * at a kiosk such a question has one meaning, so it is answered whatever the confidence model's threshold.
     */
    private static final double HERE_CONFIDENCE = 0.9;
    /**
     * Results remembered for the index version they were found in: kiosks ask the same few questions all day
     * ("a che ora apre?"), and the same question on the same index with the same synonyms always has the same
     * result. Bounded: when full it simply starts again. Each concept's queries are remembered up to as many.
     */
    private static final int REMEMBERED = 2048;

    private final KnowledgeIndex index;
    private final QueryTerms terms = new QueryTerms();
    private final SearchOptions options;
    private volatile Synonyms synonyms;
    /** What was found on the index version last searched; null before the first question. */
    private volatile Remembered remembered;

    public KnowledgeSearcher(KnowledgeIndex index, Synonyms synonyms, SearchOptions options) {
        this.index = index;
        this.synonyms = synonyms;
        this.options = options;
    }

    public KnowledgeSearcher(KnowledgeIndex index, Synonyms synonyms) {
        this(index, synonyms, SearchOptions.DEFAULT);
    }

    /** Takes an edited synonym list into use for the next questions. */
    public void useSynonyms(Synonyms edited) {
        this.synonyms = edited;
    }

    public SearchResult search(SearchRequest request) {
        IndexSearcher searcher = index.acquire();
        try {
            Remembered current = rememberedFor(searcher);
            Synonyms used = options.synonyms() ? synonyms : null;
            return current.results().get(new Asked(request, used), () -> search(searcher, current, request, used));
        } finally {
            index.release(searcher);
        }
    }

    /** What is remembered for the searcher's version of the index, started afresh when the version is new. */
    private Remembered rememberedFor(IndexSearcher searcher) {
        IndexReader reader = searcher.getIndexReader();
        Remembered current = remembered;
        if (current == null || current.reader() != reader) {
            current = new Remembered(reader, new TermLookup(searcher, terms), new HitFields.Remembered(searcher),
                new MatchingDocs(searcher), new ConceptScores(searcher), new BoundedMemory<>(REMEMBERED), new BoundedMemory<>(REMEMBERED),
                new BoundedMemory<>(REMEMBERED));
            remembered = current;
        }
        return current;
    }

    private SearchResult search(IndexSearcher searcher, Remembered current, SearchRequest request, Synonyms used) {
        try {
            TermLookup lookup = current.lookup();
            List<Concept> all = Concept.of(request.text(), terms, used == null ? Synonyms.none() : used, lookup,
                lookup::hasLikelySlipOf, lookup::hasSameSoundOf, lookup::meantName);
            List<Concept> concepts = all.stream().filter(concept -> !concept.excluded()).toList();
            List<Concept> excluded = all.stream().filter(Concept::excluded).toList();
            if (request.here() != null && concepts.stream().allMatch(c -> c.aspect() || c.here())) {
                return aboutHere(searcher, request);
            }
            if (concepts.isEmpty()) {
                return SearchResult.nothing(List.of());
            }
            return search(searcher, current, request, concepts, excluded);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    /**
     * "A che ora chiudete?", "siete aperti sabato?", "il numero del centro": at a kiosk, a question that names
     * nothing but the centre itself is about the kiosk's centre.
     */
    private SearchResult aboutHere(IndexSearcher searcher, SearchRequest request) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, request.here())), 1);
        if (found.scoreDocs.length == 0) {
            return SearchResult.nothing(List.of());
        }
        HitFields.Values doc = HitFields.read(searcher, found.scoreDocs[0].doc);
        SearchHit hit = new SearchHit(request.here(), EntryType.fromWireName(doc.type()), doc.title(), 1, 1, 0);
        return new SearchResult(List.of(hit), HERE_CONFIDENCE, true, List.of(), Evidence.NONE);
    }

    private SearchResult search(IndexSearcher searcher, Remembered current, SearchRequest request, List<Concept> concepts,
                                List<Concept> excluded) throws IOException {
        TermLookup lookup = current.lookup();
        HitFields.Remembered shown = current.shown();
        boolean askedNearby = Vocabulary.asksNearby(terms.words(request.text()));
        ConceptQueries queries = new ConceptQueries(options, lookup);
        concepts = reachingANamedCentre(current, queries, concepts);
        ConceptCoverage coverage = new ConceptCoverage(searcher, lookup, queries, current.matching());
        List<Query> clauses = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            Concept concept = concepts.get(i);
            // built and rewritten once per index version: rewriting a misspelt word's close spellings costs the most
            Query strict = current.strict().get(concept,
                () -> new WeighedOnce(searcher, searcher.rewrite(queries.query(concept, false))));
            Query loose = queries.unknown(concept) || !concept.misheard().isEmpty() ? current.loosened().get(concept,
                () -> new WeighedOnce(searcher, searcher.rewrite(queries.query(concept, true)))) : strict;
            // a sentence that only sets the scene ranks as it weighs: less than the one that asks
            clauses.add(concept.context() ? new BoostQuery(loose, (float) Concept.CONTEXT_WEIGHT) : loose);
            coverage.add(concept, ConceptQueries.wholeKeyphrases(concepts, i), strict, loose);
        }
        FixedBitSet allowed = null;
        if (!request.types().isEmpty()) {
            allowed = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
            for (EntryType type : request.types()) {
                allowed.or(current.matching().of(type, () -> new TermQuery(new Term(Fields.TYPE, type.wireName()))));
            }
        }
        ScoreDoc[] top = current.scores().top(clauses, allowed, CANDIDATES);
        coverage.prepare(Arrays.stream(top).mapToInt(scoreDoc -> scoreDoc.doc).toArray());
        FixedBitSet setAside = setAside(current, queries, excluded);
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc scoreDoc : top) {
            Ranked candidate = rank(shown, scoreDoc, coverage.of(scoreDoc.doc), request.near(),
                askedNearby ? ASKED_NEARNESS_WEIGHT : NEARNESS_WEIGHT);
            ranked.add(setAside != null && setAside.get(scoreDoc.doc) ? candidate.timesScore(SET_ASIDE) : candidate);
        }
        ranked.sort(Comparator.comparingDouble(Ranked::finalScore).reversed());
        if (ranked.isEmpty()) {
            return SearchResult.nothing(concepts.stream().map(Concept::words).toList());
        }
        preferWhatHappensThere(searcher, shown, ranked, coverage);
        Ranked best = ranked.get(0);
        double margin = ranked.size() < 2 || best.finalScore() <= 0 ? 1 : Math.max(0, 1 - ranked.get(1).finalScore() / best.finalScore());
        Evidence evidence = coverage.evidence(best.doc()).withMargin(margin);
        double confidence = options.confidence().probability(evidence);
        boolean answerable = confidence >= options.confidence().threshold();
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked candidate : ranked.subList(0, Math.min(request.limit(), ranked.size()))) {
            hits.add(hit(shown, candidate));
        }
        return new SearchResult(hits, confidence, answerable, coverage.unmatched(best.doc()), evidence);
    }

    /**
     * "Come si arriva al Municipio 4 con i mezzi?": with a centre named, the words for reaching it ask about that
     * centre, whose entry says how to get there, not for the transport service; they become facets of the question.
     * A word names centres when they are at least half of the entries with it in their title.
     */
    private static List<Concept> reachingANamedCentre(Remembered current, ConceptQueries queries, List<Concept> concepts) {
        if (concepts.stream().noneMatch(concept -> !concept.aspect() && Vocabulary.isReach(concept.words()))) {
            return concepts;
        }
        FixedBitSet centres = current.matching().of(EntryType.CENTRE,
            () -> new TermQuery(new Term(Fields.TYPE, EntryType.CENTRE.wireName())));
        for (Concept concept : concepts) {
            if (concept.aspect() || concept.here()) {
                continue;
            }
            FixedBitSet titled = current.matching().of(new InTitle(concept), () -> queries.inTitle(concept));
            long titledCentres = FixedBitSet.intersectionCount(titled, centres);
            // "casa" is in the titles of two centres and of many services: it names no centre
            if (titledCentres > 0 && 2 * titledCentres >= titled.cardinality()) {
                return concepts.stream().map(c -> Vocabulary.isReach(c.words()) ? c.asAspect() : c).toList();
            }
        }
        return concepts;
    }

    /** The entries about what the question sets aside ({@link Exclusions}); null when it sets nothing aside. */
    private static FixedBitSet setAside(Remembered current, ConceptQueries queries, List<Concept> excluded) {
        FixedBitSet about = null;
        for (Concept concept : excluded) {
            FixedBitSet named = current.matching().of(new SetAside(concept), () -> queries.named(concept));
            if (about == null) {
                about = named.clone();
            } else {
                about.or(named);
            }
        }
        return about;
    }

    /**
     * A centre's own entry mentions everything that happens there, and its short title scores high, so "il coro del
     * CAM Chiesa Rossa" would find the centre. When an entry held at the best centre covers as much of the question
     * and names what the centre only mentions, the question is about that entry, and the centre is only its place.
     */
    private static void preferWhatHappensThere(IndexSearcher searcher, HitFields.Remembered shown, List<Ranked> ranked,
                                               ConceptCoverage coverage) throws IOException {
        Ranked best = ranked.get(0);
        HitFields.Values top = shown.of(best.doc());
        if (!EntryType.CENTRE.wireName().equals(top.type())) {
            return;
        }
        for (int i = 1; i < ranked.size(); i++) {
            Ranked candidate = ranked.get(i);
            if (candidate.covered() >= best.covered() && coverage.namesWhatOnlyMentions(candidate.doc(), best.doc())
                && HitFields.isAt(searcher, candidate.doc(), top.id())) {
                ranked.remove(i);
                ranked.add(0, candidate);
                return;
            }
        }
    }

    private static Ranked rank(HitFields.Remembered shown, ScoreDoc scoreDoc, double covered, GeoPoint near, double nearnessWeight)
        throws IOException {
        HitFields.Values values = shown.of(scoreDoc.doc);
        double distance = near == null ? Double.NaN : values.metresFrom(near);
        // an entry held at several places belongs to each less than one held only there: asked "il gruppo di cammino
        // qui vicino", the walk that starts here is a more concrete answer than the programme of walks across the city
        double nearness = Double.isNaN(distance) ? 0
            : PIVOT_METRES / (PIVOT_METRES + distance) / Math.sqrt(Math.max(1, values.positions().size()));
        double finalScore = scoreDoc.score * Math.pow(0.3 + 0.7 * covered, 2) * (1 + nearnessWeight * nearness);
        return new Ranked(scoreDoc.doc, finalScore, covered, distance);
    }

    /** A ranked candidate as a hit: its id, type and title are read only for the hits shown. */
    private static SearchHit hit(HitFields.Remembered shown, Ranked ranked) throws IOException {
        HitFields.Values doc = shown.of(ranked.doc());
        return new SearchHit(doc.id(), EntryType.fromWireName(doc.type()), doc.title(), ranked.finalScore(), ranked.covered(),
            ranked.distance());
    }

    private record Ranked(int doc, double finalScore, double covered, double distance) {
        Ranked timesScore(double factor) {
            return new Ranked(doc, finalScore * factor, covered, distance);
        }
    }

    /** Names the query for the entries whose title has a concept, for {@link MatchingDocs}. */
    private record InTitle(Concept concept) {
    }

    /** Names the query for the entries about a concept the question sets aside, for {@link MatchingDocs}. */
    private record SetAside(Concept concept) {
    }

    /** One question as asked: the same request with the same synonym list (null: none) has the same result. */
    private record Asked(SearchRequest request, Synonyms synonyms) {
    }

    /**
     * The results found on one version of the index ({@code reader}), the terms looked up in it, what its hits show,
     * which entries each coverage query matches, each concept's scores, and each concept's query as the person said it ({@code strict}) and
     * with the close spellings of a word the content lacks ({@code loosened}); a new version starts afresh.
     */
    private record Remembered(IndexReader reader, TermLookup lookup, HitFields.Remembered shown, MatchingDocs matching,
                              ConceptScores scores, BoundedMemory<Asked, SearchResult> results, BoundedMemory<Concept, Query> strict,
                              BoundedMemory<Concept, Query> loosened) {
    }
}
