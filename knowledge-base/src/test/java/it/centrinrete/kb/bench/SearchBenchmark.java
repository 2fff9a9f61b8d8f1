package it.centrinrete.kb.bench;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchRequest;
import it.centrinrete.kb.search.SearchResult;
import it.centrinrete.kb.search.Synonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one question, on the sample content and on 20,000 entries, with the index on disk. Sample-time mode
 * reports the percentiles (p0.50, p0.99) the README quotes. Questions rotate over typical kinds: plain, colloquial,
 * misspelled, unanswerable. {@code search} asks each as if for the first time (the kiosk's position moves by a
 * hair each time, so the searcher cannot have remembered the result, though it knows the words); {@code cold} asks
 * a searcher that remembers nothing at all, as after a content change, so every word is looked up, weighed and
 * scored over the whole index anew; {@code remembered} asks them again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--add-modules", "jdk.incubator.vector"})
public class SearchBenchmark {
    public static final String[] QUESTIONS = {
        "a che ora apre il centro Zante",
        "chi mi porta la spesa a casa",
        "vorrei fare ginnastica dolce",
        "come si fa lo spid",
        "dove faccio il vacino antinfluenzale",
        "mi serve una badante",
        "chi ha vinto la partita ieri",
        "numero della guardia medica di notte",
    };

    @Param({"sample", "20000"})
    public String size;

    private Path folder;
    private KnowledgeIndex index;
    private KnowledgeSearcher searcher;
    private Synonyms synonyms;
    private GeoPoint near;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Content sample = ContentFormats.loader().load(SampleContent.folder()).content();
        Content content = size.equals("sample") ? sample : SyntheticContent.generate(sample, Integer.parseInt(size));
        folder = Files.createTempDirectory("kb-bench");
        index = KnowledgeIndex.open(folder);
        index.rebuild(content);
        synonyms = Synonyms.load(SampleContent.folder());
        searcher = new KnowledgeSearcher(index, synonyms);
        near = new GeoPoint(45.4596, 9.2304);
    }

    @Benchmark
    public SearchResult search() {
        int i = next++;
        // a millionth of a metre further each time: the same search, but never a remembered one
        GeoPoint here = new GeoPoint(near.lat() + (i % 1_000_000) * 1e-11, near.lon());
        return searcher.search(SearchRequest.of(QUESTIONS[i % QUESTIONS.length]).near(here));
    }

    @Benchmark
    public SearchResult cold() {
        return new KnowledgeSearcher(index, synonyms).search(SearchRequest.of(QUESTIONS[next++ % QUESTIONS.length]).near(near));
    }

    @Benchmark
    public SearchResult remembered() {
        return searcher.search(SearchRequest.of(QUESTIONS[next++ % QUESTIONS.length]).near(near));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        index.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
