package it.centrinrete.kiosk.ui;

import java.util.List;

/**
 * The kiosk's colours (also written in {@code kiosk.css}; keep both in step). Every text/background pair here has a
 * contrast of at least 7:1; meaning is never given by colour alone (each state also has words).
 */
public final class Palette {
    public static final String INK = "#111111";
    public static final String PAPER = "#FFFFFF";
    public static final String BLUE = "#0B3D91";
    public static final String PALE_BLUE = "#E8EEF9";
    public static final String WARN_BG = "#FFF4C2";
    public static final String WARN_INK = "#3A2A00";
    public static final String PRACTICE_BG = "#5A1E6E";
    public static final String GREY_INK = "#333333";

    /** A foreground shown on a background. */
    public record Pair(String name, String foreground, String background) {
    }

    /** Every pair the stylesheet uses. */
    public static final List<Pair> PAIRS = List.of(
            new Pair("text", INK, PAPER),
            new Pair("button", PAPER, BLUE),
            new Pair("top bar", PAPER, BLUE),
            new Pair("answer card", INK, PALE_BLUE),
            new Pair("secondary text", GREY_INK, PAPER),
            new Pair("offline / warning", WARN_INK, WARN_BG),
            new Pair("practice mode", PAPER, PRACTICE_BG),
            new Pair("light button", BLUE, PAPER),
            new Pair("button on card", PAPER, BLUE));

    private Palette() {
    }
}
