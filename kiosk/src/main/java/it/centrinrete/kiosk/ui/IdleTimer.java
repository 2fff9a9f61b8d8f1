package it.centrinrete.kiosk.ui;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * Inactivity clock. After {@code timeout} without a touch it warns (spoken and on screen); after {@code grace} more it
 * expires and the kiosk resets. Time advances only through {@link #tick}: {@link #start()} drives it from a JavaFX
 * {@link Timeline} once a second, tests call {@code tick} directly.
 */
public final class IdleTimer {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);

    private final Duration timeout;
    private final Duration grace;
    private final Runnable onWarning;
    private final Runnable onExpired;
    private Duration idle = Duration.ZERO;
    private boolean warned;
    private boolean armed;
    private Timeline timeline;

    public IdleTimer(Duration timeout, Duration grace, Runnable onWarning, Runnable onExpired) {
        if (grace.compareTo(Duration.ofSeconds(20)) < 0) {
            throw new IllegalArgumentException("a person needs at least 20 s to answer the warning");
        }
        this.timeout = timeout;
        this.grace = grace;
        this.onWarning = onWarning;
        this.onExpired = onExpired;
    }

    /** Starts counting (someone is using the kiosk). */
    public void arm() {
        armed = true;
        touch();
    }

    /** Stops counting (the kiosk is already idle). */
    public void disarm() {
        armed = false;
        touch();
    }

    public boolean armed() {
        return armed;
    }

    /** A touch, a word or a button: the person is still here. */
    public void touch() {
        idle = Duration.ZERO;
        warned = false;
    }

    public void tick(Duration elapsed) {
        if (!armed) {
            return;
        }
        idle = idle.plus(elapsed);
        if (!warned && idle.compareTo(timeout) >= 0) {
            warned = true;
            onWarning.run();
        }
        if (warned && idle.compareTo(timeout.plus(grace)) >= 0) {
            armed = false;
            idle = Duration.ZERO;
            warned = false;
            onExpired.run();
        }
    }

    public Duration idleFor() {
        return idle;
    }

    /** Ticks once a second on the JavaFX thread. */
    public void start() {
        if (timeline == null) {
            timeline = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick(Duration.ofSeconds(1))));
            timeline.setCycleCount(Animation.INDEFINITE);
        }
        timeline.play();
    }

    public void stop() {
        if (timeline != null) {
            timeline.stop();
        }
    }
}
