package it.centrinrete.kiosk.ui;

import javafx.scene.paint.Color;

/** WCAG 2.x contrast ratio between two colours (1 to 21; the kiosk wants at least 7, level AAA). */
public final class Contrast {
    private Contrast() {
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static double ratio(String a, String b) {
        return ratio(Color.web(a), Color.web(b));
    }

    /** Relative luminance of an sRGB colour. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
