package it.centrinrete.kb.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was worked out, kept up to a bound: searches ask the same few things again and again (a word's index term,
 * a term's statistics, a concept's query, a whole question). When full it simply starts again: no order to keep and
 * no lock on the way in, which on a kiosk server's two cores is worth more than keeping the most used. Safe for any
 * number of threads; two that ask for the same new key at once may both work it out.
 */
final class BoundedMemory<K, V> {
    private final int bound;
    private final Map<K, V> known = new ConcurrentHashMap<>();

    BoundedMemory(int bound) {
        this.bound = bound;
    }

    /** How a value is worked out when it is not remembered; it must not be null. */
    interface Work<V, E extends Exception> {
        V get() throws E;
    }

    /** The value remembered for {@code key}, or the one {@code work} makes now, then remembered. */
    <E extends Exception> V get(K key, Work<V, E> work) throws E {
        V value = known.get(key);
        if (value == null) {
            value = work.get();
            if (known.size() >= bound) {
                known.clear();
            }
            known.put(key, value);
        }
        return value;
    }
}
