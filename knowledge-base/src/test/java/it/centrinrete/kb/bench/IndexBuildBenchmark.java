package it.centrinrete.kb.bench;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.KnowledgeIndex;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Time of a full rebuild of a 20,000-entry index on disk, from content in memory to a committed, searchable index. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--add-modules", "jdk.incubator.vector"})
public class IndexBuildBenchmark {
    private Content content;
    private Path folder;

    @Setup(Level.Trial)
    public void generate() {
        Content sample = ContentFormats.loader().load(SampleContent.folder()).content();
        content = SyntheticContent.generate(sample, 20_000);
    }

    @Setup(Level.Iteration)
    public void freshFolder() throws IOException {
        folder = Files.createTempDirectory("kb-build-bench");
    }

    @Benchmark
    public int rebuild20000() {
        try (KnowledgeIndex index = KnowledgeIndex.open(folder)) {
            index.rebuild(content);
            return index.size();
        }
    }

    @TearDown(Level.Iteration)
    public void removeFolder() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
