package it.centrinrete.kiosk.speech;

/**
 * Makes any text safe and bounded for a speech engine: control characters (including newlines, which espeak-ng reads
 * as pauses or commands in some modes) become spaces, whitespace collapses, and overly long answers are cut at a word
 * so a runaway reply cannot keep the kiosk talking for minutes.
 */
public final class SpokenText {

    /** About a minute of speech at the kiosk's pace. */
    public static final int MAX_CHARS = 1_000;

    private SpokenText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("[\\p{Cc}\\p{Cf}\\u2028\\u2029]", " ").replaceAll("\\s+", " ").strip();
        if (cleaned.length() <= MAX_CHARS) {
            return cleaned;
        }
        int cut = cleaned.lastIndexOf(' ', MAX_CHARS);
        return cleaned.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).strip();
    }
}
