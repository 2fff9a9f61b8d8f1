package it.centrinrete.kiosk.offline;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchHit;
import it.centrinrete.kb.search.SearchRequest;
import it.centrinrete.kb.search.SearchResult;
import it.centrinrete.kb.search.Synonyms;
import it.centrinrete.kb.snapshot.KnowledgeSnapshot;
import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.SnapshotDownload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers from the last knowledge-base snapshot when the server cannot be reached. The snapshot is kept in
 * {@code <data-dir>/snapshot.zip} with its ETag beside it and searched with the knowledge base's own searcher over an
 * in-memory index (a few hundred entries: rebuilding at start is quicker than keeping an index folder consistent).
 * An answer is only ever an entry's own title and text, introduced by a sentence saying the kiosk is offline: no
 * made-up facts. Thread-safe.
 */
public final class OfflineKnowledge implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OfflineKnowledge.class.getName());
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("it.centrinrete.kiosk.offline.offline", Locale.ITALIAN);

    private final Path zipFile;
    private final Path etagFile;
    private final String centreId;
    private final KnowledgeIndex index = KnowledgeIndex.inMemory();
    private final KnowledgeSearcher searcher = new KnowledgeSearcher(index, Synonyms.base());
    private volatile Content content = Content.empty();
    private volatile String etag;

    private OfflineKnowledge(Path dataDir, String centreId) {
        this.zipFile = dataDir.resolve("snapshot.zip");
        this.etagFile = dataDir.resolve("snapshot.etag");
        this.centreId = centreId;
    }

    /** Loads the snapshot kept in {@code dataDir}, if there is a readable one; a damaged one is moved aside. */
    public static OfflineKnowledge open(Path dataDir, String centreId) {
        OfflineKnowledge knowledge = new OfflineKnowledge(dataDir, centreId);
        knowledge.loadKept();
        return knowledge;
    }

    private void loadKept() {
        if (!Files.isRegularFile(zipFile)) {
            return;
        }
        try (InputStream in = Files.newInputStream(zipFile)) {
            use(KnowledgeSnapshot.read(in));
            etag = Files.isRegularFile(etagFile) ? Files.readString(etagFile, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "the kept snapshot " + zipFile + " cannot be read; offline answers wait for the next download", e);
            try {
                Files.move(zipFile, zipFile.resolveSibling("snapshot.zip.damaged"), StandardCopyOption.REPLACE_EXISTING);
                Files.deleteIfExists(etagFile);
            } catch (IOException ignored) {
                // the next download replaces it anyway
            }
        }
    }

    /**
     * Checks a downloaded snapshot, keeps it on disk and answers from it from now on. A snapshot that cannot be read
     * is refused and the one in use stays.
     */
    public synchronized void install(SnapshotDownload download) throws IOException {
        KnowledgeSnapshot snapshot = KnowledgeSnapshot.read(new ByteArrayInputStream(download.zip()));
        // the etag goes first: a kill between the two leaves an old etag with a new zip, which only costs a download
        AtomicFiles.delete(etagFile);
        AtomicFiles.write(zipFile, download.zip());
        if (download.etag() != null) {
            AtomicFiles.write(etagFile, download.etag().getBytes(StandardCharsets.UTF_8));
        }
        use(snapshot);
        etag = download.etag();
    }

    private synchronized void use(KnowledgeSnapshot snapshot) {
        index.rebuild(snapshot.content());
        searcher.useSynonyms(Synonyms.withBase(snapshot.synonyms(), "synonyms.txt"));
        content = snapshot.content();
    }

    /** The ETag of the snapshot in use, for {@code If-None-Match}; null when there is none. */
    public String etag() {
        return etag;
    }

    public boolean hasSnapshot() {
        return content.size() > 0;
    }

    /** A centre's name as the snapshot has it; empty before the first snapshot or for an id it does not know. */
    public Optional<String> centreName(String centreId) {
        return centreId == null ? Optional.empty() : content.find(centreId, Centre.class).map(Centre::name);
    }

    /** An answer made on the kiosk ({@code offline} true): the best entry if it is good enough, else a kind "not now". */
    public AskReply answer(String question, String sessionId) {
        Optional<Entry> entry = bestEntry(question == null ? "" : question);
        if (entry.isEmpty()) {
            String text = TEXTS.getString("unknown.text");
            return new AskReply(sessionId, false, "offline_unknown", text, text, List.of(), List.of(), List.of(), true);
        }
        Entry found = entry.get();
        String text = TEXTS.getString("found.lead") + " " + found.title() + ". " + textOf(found);
        return new AskReply(sessionId, true, "offline_answer", text, text,
            List.of(new AskReply.Source(found.id(), found.title(), found.type().wireName())), List.of(), List.of(), true);
    }

    private Optional<Entry> bestEntry(String question) {
        Content known = content;
        if (question.isBlank() || known.size() == 0) {
            return Optional.empty();
        }
        GeoPoint near = known.find(centreId, Centre.class).map(Centre::location).orElse(null);
        try {
            SearchResult result = searcher.search(new SearchRequest(question, near, centreId, Set.of(), 3));
            if (!result.answerable() || result.hits().isEmpty()) {
                return Optional.empty();
            }
            SearchHit best = result.hits().getFirst();
            return known.find(best.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the offline search failed", e);
            return Optional.empty();
        }
    }

    /** A FAQ's answer, otherwise the entry's first descriptive text. */
    private static String textOf(Entry entry) {
        if (entry instanceof Faq faq) {
            return faq.answer();
        }
        return entry.bodyTexts().stream().filter(text -> text != null && !text.isBlank()).findFirst().orElse("");
    }

    @Override
    public void close() {
        index.close();
    }
}
