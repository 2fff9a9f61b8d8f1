package it.centrinrete.kb.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reshapes HSDS free text into the knowledge base's: steps to follow, sentences joined into one text. */
final class HsdsTexts {
    private static final Pattern BULLET = Pattern.compile("^([-*\u2022]|\\d{1,2}[.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"\u00ab(])");
    // a full stop after these is an abbreviation, not the end of a step: "Dott. Rossi", "Via S. Marco"
    private static final Set<String> ABBREVIATIONS = Set.of("dott", "dott.ssa", "prof", "sig", "sig.ra", "sigg", "ecc", "tel",
        "ing", "avv", "geom", "arch", "rag", "mr", "mrs", "ms", "dr", "st", "nr", "n", "es", "etc", "ca", "p.es", "e.g", "i.e");

    private HsdsTexts() {
    }

    /**
     * Splits a process written as one text into steps, one per line or sentence, since the kiosk walks people
     * through a service one step at a time. List bullets and numbers in front of lines are dropped.
     */
    static List<String> steps(String text) {
        List<String> steps = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String item = BULLET.matcher(line.strip()).replaceFirst("");
            Matcher boundary = SENTENCE_END.matcher(item);
            int start = 0;
            while (boundary.find()) {
                String sentence = item.substring(start, boundary.start());
                if (!endsWithAbbreviation(sentence)) {
                    addStep(steps, sentence);
                    start = boundary.end();
                }
            }
            addStep(steps, item.substring(start));
        }
        return steps;
    }

    /** Joins pieces of text into one, each ending with a full stop; blank pieces are skipped. */
    static String sentences(List<String> pieces) {
        List<String> kept = new ArrayList<>();
        for (String piece : pieces) {
            String text = piece == null ? "" : piece.strip();
            if (!text.isEmpty()) {
                kept.add(text.matches("(?s).*[.!?]$") ? text : text + ".");
            }
        }
        return String.join(" ", kept);
    }

    private static void addStep(List<String> steps, String step) {
        if (!step.isBlank()) {
            steps.add(step.strip());
        }
    }

    private static boolean endsWithAbbreviation(String sentence) {
        if (!sentence.endsWith(".")) {
            return false;
        }
        String word = sentence.substring(sentence.lastIndexOf(' ') + 1, sentence.length() - 1).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }
}
