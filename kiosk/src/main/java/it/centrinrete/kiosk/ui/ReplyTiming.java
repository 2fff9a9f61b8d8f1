package it.centrinrete.kiosk.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How long an answer takes from the server's reply arriving on the background thread to the first layout pulse that
 * shows it. Each sample is logged at FINE; every {@value #SUMMARY_EVERY} samples a p50/p99 summary is logged at INFO.
 * Only the JavaFX thread records; readers on other threads get a consistent copy.
 */
public final class ReplyTiming {
    /** Samples kept: the most recent ones, enough for a p99. */
    public static final int KEPT = 1000;
    private static final int SUMMARY_EVERY = 50;
    private static final Logger LOG = Logger.getLogger(ReplyTiming.class.getName());

    private final long[] samples = new long[KEPT];
    private long count;
    private long pendingSince = -1;

    /** A reply received at {@code receivedNanos} ({@link System#nanoTime()}) has just been put in the model. */
    void replyApplied(long receivedNanos) {
        pendingSince = receivedNanos;
    }

    /** Called after a layout pulse: if a reply was waiting to be shown, it now is. */
    void shown() {
        if (pendingSince < 0) {
            return;
        }
        long micros = (System.nanoTime() - pendingSince) / 1_000;
        pendingSince = -1;
        synchronized (this) {
            samples[(int) (count % KEPT)] = micros;
            count++;
        }
        LOG.log(Level.FINE, "reply on screen in {0} ms", String.format(Locale.ROOT, "%.1f", micros / 1000.0));
        if (count % SUMMARY_EVERY == 0) {
            LOG.info(() -> "replies on screen: " + summary() + "; RSS " + Figures.residentMegabytes() + " MB");
        }
    }

    /** Whether a reply is waiting for the pulse that shows it. */
    boolean pending() {
        return pendingSince >= 0;
    }

    /** How many replies have been shown. */
    public synchronized long count() {
        return count;
    }

    /** The given percentile (0–100) of the kept samples, in milliseconds; 0 without samples. */
    public synchronized double percentileMillis(double percentile) {
        int n = (int) Math.min(count, KEPT);
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, n);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, index))] / 1000.0;
    }

    /** The kept samples in milliseconds, oldest first. */
    public synchronized double[] samplesMillis() {
        int n = (int) Math.min(count, KEPT);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = samples[(int) ((count - n + i) % KEPT)] / 1000.0;
        }
        return out;
    }

    /** e.g. {@code n=50 p50=4.1 ms p99=12.0 ms}. */
    public String summary() {
        return String.format(Locale.ROOT, "n=%d p50=%.1f ms p99=%.1f ms", count(), percentileMillis(50), percentileMillis(99));
    }
}
