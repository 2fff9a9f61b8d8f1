package it.centrinrete.server.knowledge;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.ContentProblem;
import it.centrinrete.kb.load.LoadResult;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchRequest;
import it.centrinrete.kb.search.SearchResult;
import it.centrinrete.kb.search.Synonyms;
import it.centrinrete.server.persistence.EntryStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The content the server answers from: imported from a content folder into the database, then indexed from the
 * database (the database is the source of truth; each server replica builds its own index from it).
 */
public final class Knowledge implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Knowledge.class.getName());
    /**
     * The source recorded for entries seeded from the content folder, whatever folder or jar it is: a new version
     * of the sample content refreshes them, while entries uploaded through the console ("upload:…") are kept.
     */
    static final String FOLDER_SOURCE = "content-folder";

    private final EntryStore store;
    private final KnowledgeIndex index;
    private final KnowledgeSearcher searcher;
    private volatile Content content = Content.empty();

    public Knowledge(EntryStore store, KnowledgeIndex index, Synonyms synonyms) {
        this.store = store;
        this.index = index;
        this.searcher = new KnowledgeSearcher(index, synonyms);
    }

    /**
     * Imports a content folder into the database (idempotently: the same files twice are the same entries; entries
     * operators changed through the console are kept as they made them) and returns what was read, with every
     * problem found; entries with errors are not imported.
     */
    public LoadResult importFolder(Path folder) {
        LoadResult loaded = ContentFormats.loader().load(folder);
        for (ContentProblem problem : loaded.problems()) {
            LOG.warning(problem.toString());
        }
        List<String> kept = store.seed(loaded.content().entries(), FOLDER_SOURCE);
        if (!kept.isEmpty()) {
            LOG.info(() -> kept.size() + " entries changed through the console were kept over the content folder: " + kept);
        }
        return loaded;
    }

    /**
     * Imports one uploaded file ("services/x.yaml" or "x.hsds.json") as the content folder's loader reads a file: what
     * is valid is stored, what is not is left out and reported with file, line and field (an HSDS value out of range
     * loses only that value; a native entry with an error is left out whole). Nothing is stored when nothing in the
     * file is valid, or when it holds an entry the caller may not change; otherwise its valid entries are stored in one
     * transaction and searchable when this returns.
     */
    public ImportReport importUpload(String name, String text, Predicate<Entry> allowed) {
        return importDocument(name, text, allowed, "upload:" + name, true);
    }

    /**
     * Imports one document the console wrote (an entry's form), recording {@code source} as where it came from:
     * any error refuses it whole, since the person is there to correct it.
     */
    public ImportReport importDocument(String name, String text, Predicate<Entry> allowed, String source) {
        return importDocument(name, text, allowed, source, false);
    }

    private synchronized ImportReport importDocument(String name, String text, Predicate<Entry> allowed, String source,
                                                     boolean keepValid) {
        LoadResult loaded = ContentFormats.loader().loadDocument(name, text);
        if (!keepValid && !loaded.errors().isEmpty() || loaded.content().size() == 0) {
            return ImportReport.rejected(loaded.problems());
        }
        List<ContentProblem> refused = loaded.content().entries().stream().filter(allowed.negate())
            .map(entry -> new ContentProblem(name, 0, "id", "'" + entry.id() + "' is not yours to change: it belongs to "
                + "another centre, or to every centre", ContentProblem.Severity.ERROR))
            .toList();
        if (!refused.isEmpty()) {
            return ImportReport.rejected(refused);
        }
        Content before = content;
        store.upsertAll(loaded.content().entries(), source);
        Content after = before.withAll(loaded.content().entries());
        index.upsertAll(loaded.content().entries(), after);
        content = after;
        return ImportReport.stored(loaded.content().entries().stream().map(Entry::id).toList(),
            loaded.content().entries().stream().filter(e -> before.find(e.id()).isPresent()).map(Entry::id).toList(),
            loaded.problems());
    }

    /** Deletes an entry from the database and the index; returns whether it existed. */
    public synchronized boolean delete(String id) {
        if (!store.delete(id)) {
            return false;
        }
        index.delete(id);
        content = content.without(id);
        return true;
    }

    /** Rebuilds the index from the database, in one commit. */
    public void rebuildIndex() {
        Content fresh = store.all();
        index.rebuild(fresh);
        content = fresh;
    }

    public Content content() {
        return content;
    }

    public SearchResult search(String text, String kioskCentre) {
        return search(text, kioskCentre, Set.of());
    }

    /** A search among entries of some types only (all when empty), ranked for a kiosk at {@code kioskCentre}. */
    public SearchResult search(String text, String kioskCentre, Set<EntryType> types) {
        GeoPoint near = kioskCentre == null ? null : content.find(kioskCentre, Centre.class).map(Centre::location).orElse(null);
        return searcher.search(new SearchRequest(text, near, kioskCentre, types, 5));
    }

    /** Whether the index answers; for the health check. */
    public boolean isSearchable() {
        try {
            return index.size() == content.size();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
