package it.centrinrete.kb.search;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of the knowledge base, on disk. One writer; searchers are shared through a
 * {@link SearcherManager} and refreshed by the thread that changes content, never on the request path, so a
 * change is searchable as soon as {@link #upsert} or {@link #delete} returns.
 */
public final class KnowledgeIndex implements AutoCloseable {
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean grams;

    private KnowledgeIndex(Directory directory, boolean grams) throws IOException {
        this.directory = directory;
        this.grams = grams;
        IndexWriterConfig config = new IndexWriterConfig(analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                // every question builds its own queries: caching them would only cost memory and time
                searcher.setQueryCache(null);
                return searcher;
            }
        });
    }

    /** Opens (or creates) the index in a folder. */
    public static KnowledgeIndex open(Path folder) {
        try {
            return new KnowledgeIndex(FSDirectory.open(folder), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** An index held in memory, for tests and tools that do not need it to last. */
    public static KnowledgeIndex inMemory() {
        return inMemory(false);
    }

    /**
     * An index in memory; with {@code grams} it also holds character trigrams, which the product does not use
     * (see {@link SearchOptions#grams()}) and the evaluation measures.
     */
    public static KnowledgeIndex inMemory(boolean grams) {
        try {
            return new KnowledgeIndex(new ByteBuffersDirectory(), grams);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new ItalianSearchAnalyzer(), Map.of(Fields.SOUND, new ItalianSoundAnalyzer(),
            Fields.GRAM, new ItalianGramAnalyzer(), Fields.SURFACE, ItalianSearchAnalyzer.surface(Analyzer.GLOBAL_REUSE_STRATEGY)));
    }

    /** Replaces the whole index with the given content, in one commit: searchers see the old or the new, never half. */
    public synchronized void rebuild(Content content) {
        try {
            writer.deleteAll();
            for (Entry entry : content.entries()) {
                writer.addDocument(EntryDocuments.toDocument(entry, content, grams));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding the search index failed", e);
        }
    }

    /** Adds or replaces one entry; {@code content} is the content it belongs to, for its centres' names and places. */
    public void upsert(Entry entry, Content content) {
        upsertAll(List.of(entry), content);
    }

    /** Adds or replaces entries in one commit: searchers see all of them or none. */
    public synchronized void upsertAll(Collection<? extends Entry> entries, Content content) {
        try {
            for (Entry entry : entries) {
                writer.updateDocument(new Term(Fields.ID, entry.id()), EntryDocuments.toDocument(entry, content, grams));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("updating " + entries.size() + " entries in the search index failed", e);
        }
    }

    public synchronized void delete(String id) {
        try {
            writer.deleteDocuments(new Term(Fields.ID, id));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("deleting entry " + id + " from the search index failed", e);
        }
    }

    /** Number of entries searchable now. */
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read", e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index failed", e);
        }
    }
}
