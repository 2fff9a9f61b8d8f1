package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.GeoPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Baseline 1: what a developer gets in ten minutes — every text of an entry in one field, {@link StandardAnalyzer},
 * BM25, the classic query parser. It abstains when its top score is under a threshold.
 */
final class Bm25Baseline implements Retriever {
    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final double threshold;

    Bm25Baseline(Content content, double threshold) {
        this.threshold = threshold;
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Entry entry : content.entries()) {
                    Document doc = new Document();
                    doc.add(new StringField("id", entry.id(), Field.Store.YES));
                    doc.add(new TextField("text", EmbeddingBaseline.textOf(entry), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "BM25 StandardAnalyzer";
    }

    @Override
    public Ranking rank(String question, String here, GeoPoint near) {
        try {
            var query = new QueryParser("text", analyzer).parse(QueryParser.escape(question));
            List<String> ids = new ArrayList<>();
            ScoreDoc[] docs = searcher.search(query, 5).scoreDocs;
            for (ScoreDoc doc : docs) {
                ids.add(searcher.storedFields().document(doc.doc).get("id"));
            }
            double top = docs.length == 0 ? 0 : docs[0].score;
            return new Ranking(ids, top >= threshold, top);
        } catch (Exception e) {
            return new Ranking(List.of(), false, 0);
        }
    }
}
