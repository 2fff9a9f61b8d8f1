package it.centrinrete.kiosk.ui;

import java.time.Duration;

/**
 * How the screens behave on one kiosk: the part of {@link it.centrinrete.kiosk.config.KioskSettings} the UI reads.
 *
 * @param centreId the centre this kiosk stands in (activities are listed for it); null for every centre
 * @param tutorPin the digits that open the tutor screen
 * @param speechRate the voice's speed for each new person ({@code kiosk.speech-rate}, 1.0 normal); the idle reset returns to it
 */
public record ScreenSettings(String centreId, String tutorPin, Duration idleTimeout, Duration idleGrace, int activityDays,
                            boolean fullscreen, double speechRate) {

    /** Everything but the voice speed, which is then the normal one. */
    public ScreenSettings(String centreId, String tutorPin, Duration idleTimeout, Duration idleGrace, int activityDays,
                          boolean fullscreen) {
        this(centreId, tutorPin, idleTimeout, idleGrace, activityDays, fullscreen, KioskModel.NORMAL_RATE);
    }

    /** The same settings with another starting voice speed. */
    public ScreenSettings withSpeechRate(double rate) {
        return new ScreenSettings(centreId, tutorPin, idleTimeout, idleGrace, activityDays, fullscreen, rate);
    }

    /**
     * From system properties {@code kiosk.centre}, {@code kiosk.tutorPin}, {@code kiosk.idleSeconds}, {@code kiosk.fullscreen},
     * {@code kiosk.speech-rate} (demo mode).
     */
    public static ScreenSettings fromSystemProperties() {
        return new ScreenSettings(System.getProperty("kiosk.centre"),
                System.getProperty("kiosk.tutorPin", "2468"),
                Duration.ofSeconds(Long.getLong("kiosk.idleSeconds", IdleTimer.DEFAULT_TIMEOUT.toSeconds())),
                Duration.ofSeconds(Long.getLong("kiosk.idleGraceSeconds", IdleTimer.DEFAULT_GRACE.toSeconds())),
                14,
                Boolean.getBoolean("kiosk.fullscreen"),
                Double.parseDouble(System.getProperty("kiosk.speech-rate", String.valueOf(KioskModel.NORMAL_RATE))));
    }

    /** From the kiosk's configuration (file, system properties, environment), as {@code Main} loads it. */
    public static ScreenSettings from(it.centrinrete.kiosk.config.KioskSettings kiosk) {
        Duration idle = Duration.ofSeconds(kiosk.idleSeconds());
        Duration warning = Duration.ofSeconds(kiosk.warningSeconds());
        return new ScreenSettings(kiosk.centre(), kiosk.tutorPin(), idle.minus(warning), warning, 14, kiosk.fullscreen(),
            kiosk.speechRate());
    }

    public static ScreenSettings defaults() {
        return new ScreenSettings(null, "2468", IdleTimer.DEFAULT_TIMEOUT, IdleTimer.DEFAULT_GRACE, 14, false, KioskModel.NORMAL_RATE);
    }
}
