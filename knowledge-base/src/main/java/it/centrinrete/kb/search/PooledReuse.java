package it.centrinrete.kb.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Keeps an analyzer's token-stream components in the analyzer itself rather than per thread. Lucene's default
 * keeps them per thread, which reuses nothing when every request runs on a new virtual thread (as in Helidon 4)
 * and makes each question allocate fresh tokenizers. An analyzer with this strategy must be used by one thread at
 * a time: {@link QueryTerms} lends them from a pool.
 */
final class PooledReuse extends Analyzer.ReuseStrategy {
    private final Map<String, Analyzer.TokenStreamComponents> components = new HashMap<>();

    @Override
    public Analyzer.TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
        return components.get(fieldName);
    }

    @Override
    public void setReusableComponents(Analyzer analyzer, String fieldName, Analyzer.TokenStreamComponents reusable) {
        components.put(fieldName, reusable);
    }
}
