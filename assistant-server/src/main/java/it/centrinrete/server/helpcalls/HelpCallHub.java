package it.centrinrete.server.helpcalls;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The consoles listening for help calls on this server, each with a small queue of its own. A listener that falls far
 * behind (its browser stopped reading) is ended rather than allowed to hold memory; closing the hub ends every listener,
 * so that no open stream keeps the server from stopping.
 *
 * <p>Only this server's calls reach its listeners: with several replicas, a console sees live the calls that came
 * through its own replica, and every call in the list it reloads.
 */
public final class HelpCallHub implements AutoCloseable {
    private static final int QUEUE = 64;
    /** Put in a listener's queue to wake it when it ends, so a waiting stream stops at once. */
    private static final HelpCall END = new HelpCall(-1, "", null, "", Instant.EPOCH, HelpCall.Status.OPEN, null, null);

    private final int mostListeners;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public HelpCallHub(int mostListeners) {
        this.mostListeners = mostListeners;
    }

    /**
     * A new listener for the calls of one centre, or (null) of every centre; empty when the hub is closed or has as
     * many listeners as it allows.
     */
    public Optional<Listener> listen(String centreId) {
        if (closed || listeners.size() >= mostListeners) {
            return Optional.empty();
        }
        Listener listener = new Listener(centreId);
        listeners.add(listener);
        if (closed) {
            listener.close();
            return Optional.empty();
        }
        return Optional.of(listener);
    }

    void publish(HelpCall call) {
        for (Listener listener : listeners) {
            if (listener.centreId == null || listener.centreId.equals(call.centreId())) {
                listener.offer(call);
            }
        }
    }

    /** How many consoles are listening now. */
    public int listeners() {
        return listeners.size();
    }

    @Override
    public void close() {
        closed = true;
        listeners.forEach(Listener::close);
    }

    /** One console's stream of calls. Close it when the stream ends. */
    public final class Listener implements AutoCloseable {
        private final String centreId;
        private final BlockingQueue<HelpCall> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile boolean ended;

        private Listener(String centreId) {
            this.centreId = centreId;
        }

        private void offer(HelpCall call) {
            if (!queue.offer(call)) {
                close();
            }
        }

        /** The next call, waiting at most {@code wait}; empty when none came (time for a heartbeat) or the listener ended. */
        public Optional<HelpCall> next(Duration wait) throws InterruptedException {
            if (ended) {
                return Optional.empty();
            }
            HelpCall call = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            return call == null || call == END ? Optional.empty() : Optional.of(call);
        }

        /** Whether the hub ended this listener (the server is stopping, or the listener fell too far behind). */
        public boolean ended() {
            return ended;
        }

        @Override
        public void close() {
            ended = true;
            listeners.remove(this);
            queue.clear();
            queue.offer(END);
        }
    }
}
