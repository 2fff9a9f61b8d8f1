package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

class ConceptScoresTest {
    private static final List<String> TEXTS = List.of("spesa casa", "spesa", "casa casa medico", "medico", "spesa medico casa",
        "pasti casa", "ginnastica");

    private static void withIndex(Check check) throws IOException {
        try (Directory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < TEXTS.size(); i++) {
                Document document = new Document();
                document.add(new StringField("id", "e" + i, Field.Store.NO));
                document.add(new TextField(Fields.ALL, TEXTS.get(i), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.deleteDocuments(new Term("id", "e4"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                check.on(new IndexSearcher(reader));
            }
        }
    }

    private static Query term(String word) {
        return new TermQuery(new Term(Fields.ALL, word));
    }

    @Test
    void theSumOfRememberedScoresRanksAsLuceneRanksTheQueryOfOptionalClauses() throws IOException {
        withIndex(searcher -> {
            List<Query> clauses = List.of(term("spesa"), term("casa"), new BoostQuery(term("medico"), 0.5f));
            BooleanQuery.Builder lucene = new BooleanQuery.Builder();
            clauses.forEach(clause -> lucene.add(clause, BooleanClause.Occur.SHOULD));

            ScoreDoc[] ours = new ConceptScores(searcher).top(clauses, null, 15);
            ScoreDoc[] theirs = searcher.search(lucene.build(), 15).scoreDocs;

            assertThat(Arrays.stream(ours).map(hit -> hit.doc + "=" + hit.score))
                .containsExactlyElementsOf(Arrays.stream(theirs).map(hit -> hit.doc + "=" + hit.score).toList());
        });
    }

    @Test
    void aDeletedEntryAndOneOutsideTheAllowedOnesNeverComeBack() throws IOException {
        withIndex(searcher -> {
            FixedBitSet allowed = new FixedBitSet(searcher.getIndexReader().maxDoc());
            allowed.set(0);
            allowed.set(1);

            ScoreDoc[] all = new ConceptScores(searcher).top(List.of(term("spesa")), null, 15);
            ScoreDoc[] some = new ConceptScores(searcher).top(List.of(term("spesa"), term("casa")), allowed, 15);

            assertThat(Arrays.stream(all).map(hit -> hit.doc)).containsExactlyInAnyOrder(0, 1);
            assertThat(Arrays.stream(some).map(hit -> hit.doc)).containsExactlyInAnyOrder(0, 1);
        });
    }

    @Test
    void anEntryAClauseScoresZeroIsListedOnceAndOnlyTheBestFewAreKept() throws IOException {
        withIndex(searcher -> {
            Query zero = new BoostQuery(new ConstantScoreQuery(term("casa")), 0f);
            ConceptScores scores = new ConceptScores(searcher);

            ScoreDoc[] hits = scores.top(List.of(zero, zero, term("pasti")), null, 15);
            ScoreDoc[] best = scores.top(List.of(term("casa"), term("spesa")), null, 2);

            assertThat(Arrays.stream(hits).map(hit -> hit.doc)).doesNotHaveDuplicates().containsExactlyInAnyOrder(5, 0, 2);
            assertThat(hits[0].doc).isEqualTo(5);
            assertThat(best).hasSize(2);
            assertThat(best[0].doc).isEqualTo(0);
        });
    }

    private interface Check {
        void on(IndexSearcher searcher) throws IOException;
    }
}
