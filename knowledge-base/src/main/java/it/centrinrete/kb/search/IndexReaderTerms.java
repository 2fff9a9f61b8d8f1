package it.centrinrete.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/** Whether the index holds a term anywhere: the vocabulary of the content, as one searcher sees it. */
final class IndexReaderTerms implements Predicate<String> {
    private final IndexSearcher searcher;

    IndexReaderTerms(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public boolean test(String term) {
        try {
            return searcher.getIndexReader().docFreq(new Term(Fields.ALL, term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
