package it.centrinrete.kb.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the evaluation set: one question a line, tab-separated {@code question, expected id or -, category,
 * near centre id or -}; '#' starts a comment.
 */
final class EvalSet {
    private EvalSet() {
    }

    /** The development set: its misses were studied while the method was built. */
    static List<EvalQuestion> load() {
        return load("questions.tsv");
    }

    /** The held-out set, written blind and used only to measure; never to tune. */
    static List<EvalQuestion> holdout() {
        return load("holdout.tsv");
    }

    /**
     * Answerable questions written blind over every entry, from the content files alone, after the method was built:
     * only measured, never tuned on.
     */
    static List<EvalQuestion> blind() {
        return load("blind-answerable.tsv");
    }

    static List<EvalQuestion> load(String name) {
        try (InputStream in = EvalSet.class.getResourceAsStream("/eval/" + name)) {
            if (in == null) {
                throw new IllegalStateException("eval/" + name + " is missing from the test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<EvalQuestion> parse(String text) {
        List<EvalQuestion> questions = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 3) {
                throw new IllegalArgumentException("line " + (i + 1) + ": needs question, expected id and category");
            }
            String expected = cells[1].strip();
            String near = cells.length > 3 ? cells[3].strip() : "-";
            questions.add(new EvalQuestion(cells[0].strip(), expected.equals("-") ? null : expected, cells[2].strip(),
                near.equals("-") || near.isEmpty() ? null : near, i + 1));
        }
        return questions;
    }
}
