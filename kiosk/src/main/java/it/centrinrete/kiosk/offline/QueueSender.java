package it.centrinrete.kiosk.offline;

import it.centrinrete.kiosk.net.HttpAssistantClient;
import it.centrinrete.kiosk.net.KioskProfile;
import it.centrinrete.kiosk.net.Refusal;
import it.centrinrete.kiosk.net.RetryPolicy;
import it.centrinrete.kiosk.net.SnapshotDownload;
import it.centrinrete.kiosk.net.Unreachable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background worker, on one daemon thread: sends the outboxes (bookings, then cancellations), deletes outcomes
 * past their retention, and refreshes the snapshot and the kiosk's profile (practice mode) every few minutes. While
 * the server cannot be reached it tries again with growing, randomised pauses (which is also how the kiosk notices
 * the server is back); a new draft in the outbox wakes it at once.
 */
final class QueueSender implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(QueueSender.class.getName());
    /**
     * How long a decided outcome of a booking or a cancellation (and a damaged draft set aside) is kept: a day covers a
     * person still at the kiosk.
     */
    static final Duration RETENTION = Duration.ofHours(24);

    private final HttpAssistantClient server;
    private final BookingQueue queue;
    private final CancelQueue cancels;
    private final OfflineKnowledge knowledge;
    private final Listeners listeners;
    private final BooleanSupplier online;
    private final Duration refreshEvery;
    private final RetryPolicy backoff;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> next;
    private int failures;
    private long lastRefresh;
    private boolean refreshed;

    /** Who hears what a pass found out; each is called on the sender's thread. */
    record Listeners(Consumer<BookingOutcome> booked, Consumer<CancelOutcome> cancelled, Consumer<Boolean> reachability,
                     Consumer<KioskProfile> profile) {
    }

    QueueSender(HttpAssistantClient server, BookingQueue queue, CancelQueue cancels, OfflineKnowledge knowledge, Listeners listeners,
                BooleanSupplier online, Duration refreshEvery, Duration longestPause) {
        this.server = server;
        this.queue = queue;
        this.cancels = cancels;
        this.knowledge = knowledge;
        this.listeners = listeners;
        this.online = online;
        this.refreshEvery = refreshEvery;
        // only its pauses are used: growing from two seconds up to longestPause
        this.backoff = new RetryPolicy(1, Duration.ofSeconds(2), longestPause, Duration.ofSeconds(1), Duration.ofSeconds(1));
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kiosk-queue-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs a first pass now and keeps going. */
    synchronized void start() {
        schedule(Duration.ZERO);
    }

    /** Runs a pass as soon as the worker is free: something is waiting to be sent. */
    synchronized void wake() {
        failures = 0;
        schedule(Duration.ZERO);
    }

    private synchronized void schedule(Duration delay) {
        if (executor.isShutdown()) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = executor.schedule(this::pass, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pass() {
        Duration pause;
        try {
            boolean reachable = runOnce();
            synchronized (this) {
                failures = reachable ? 0 : failures + 1;
            }
            boolean waiting = queue.size() > 0 || cancels.size() > 0;
            pause = !reachable || waiting ? backoff.delayAfter(Math.max(failures, 1)).plusSeconds(1) : refreshEvery;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the outbox pass failed; trying again later", e);
            pause = refreshEvery;
        }
        schedule(pause);
    }

    /**
     * One pass on the caller's thread: sends the outbox, then refreshes the snapshot when due (or to probe a server
     * believed away). Returns whether the server is now believed reachable.
     */
    synchronized boolean runOnce() {
        queue.prune(RETENTION);
        cancels.prune(RETENTION);
        Delivery delivery = queue.send(server, listeners.booked());
        boolean sent = delivery.booked() + delivery.refused() + delivery.remaining() > 0;
        // an empty outbox says nothing about the server: only an answer or a failure does
        Boolean reachable = sent ? delivery.reachable() : null;
        // cancellations after bookings: a booking made offline and then cancelled by its new code goes in that order
        if (!Boolean.FALSE.equals(reachable) && cancels.size() > 0) {
            reachable = cancels.send(server, listeners.cancelled());
        }
        boolean due = !refreshed || System.nanoTime() - lastRefresh >= refreshEvery.toNanos();
        if (reachable == null && !online.getAsBoolean() || !Boolean.FALSE.equals(reachable) && due) {
            reachable = refreshSnapshot();
        }
        if (reachable == null) {
            return online.getAsBoolean();
        }
        listeners.reachability().accept(reachable);
        return reachable;
    }

    private boolean refreshSnapshot() {
        try {
            Optional<SnapshotDownload> download = server.snapshot(knowledge.etag());
            if (download.isPresent()) {
                knowledge.install(download.get());
                LOG.info("installed a new knowledge-base snapshot " + download.get().etag());
            }
            refreshed = true;
            lastRefresh = System.nanoTime();
            readProfile();
            return true;
        } catch (Unreachable e) {
            return false;
        } catch (Refusal e) {
            LOG.warning(() -> "the server refused the snapshot: " + e.status() + " " + e.code() + " " + e.getMessage());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the downloaded snapshot was not installed; the one in use stays", e);
            return true;
        }
    }

    /** Practice mode is switched from the console: read with the snapshot, at start and every few minutes. */
    private void readProfile() {
        try {
            listeners.profile().accept(server.profile());
        } catch (Unreachable e) {
            LOG.log(Level.FINE, "the kiosk profile was not read this time", e);
        } catch (Refusal e) {
            LOG.warning(() -> "the server refused the kiosk profile: " + e.status() + " " + e.code());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
