package it.centrinrete.kb.search;

import it.centrinrete.kb.load.ContentProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synonyms, in the Solr format: {@code dottore, medico} (the words mean the same) or
 * {@code badante => assistente familiare, badante} (what people say, and what the content says instead).
 * Words are compared after analysis, so case, accents, plurals and articles do not matter. A built-in list of
 * everyday Italian ({@code base-synonyms.txt}) applies to any content; each content folder's {@code synonyms.txt},
 * which operators edit, adds its own local words to it.
 */
public final class Synonyms {
    /** Longest phrase, in index terms, a synonym may have; longer ones are reported. */
    static final int MAX_PHRASE = 4;

    private static final Synonyms BASE = readBase();

    private final Map<List<String>, Set<List<String>>> alternatives;
    private final List<ContentProblem> problems;

    private Synonyms(Map<List<String>, Set<List<String>>> alternatives, List<ContentProblem> problems) {
        this.alternatives = alternatives;
        this.problems = List.copyOf(problems);
    }

    public static Synonyms none() {
        return new Synonyms(Map.of(), List.of());
    }

    /** The built-in list of everyday Italian, which applies whatever the content. */
    public static Synonyms base() {
        return BASE;
    }

    /** The built-in list plus the content folder's {@code synonyms.txt}, if it has one. */
    public static Synonyms load(Path contentDirectory) {
        Path file = contentDirectory.resolve("synonyms.txt");
        if (!Files.isRegularFile(file)) {
            return base();
        }
        try {
            return withBase(Files.readString(file, StandardCharsets.UTF_8), "synonyms.txt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The built-in list plus a content's list given as text (an operator's edit, an upload). */
    public static Synonyms withBase(String text, String fileName) {
        return base().plus(parse(text, fileName));
    }

    /** Both lists: a phrase gets the alternatives either gives it. */
    public Synonyms plus(Synonyms more) {
        Map<List<String>, Set<List<String>>> merged = new HashMap<>();
        alternatives.forEach((phrase, others) -> merged.put(phrase, new LinkedHashSet<>(others)));
        more.alternatives.forEach((phrase, others) -> merged.computeIfAbsent(phrase, key -> new LinkedHashSet<>()).addAll(others));
        List<ContentProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(more.problems);
        return new Synonyms(merged, allProblems);
    }

    private static Synonyms readBase() {
        try (InputStream in = Synonyms.class.getResourceAsStream("base-synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("base-synonyms.txt is missing from the classpath");
            }
            Synonyms base = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "base-synonyms.txt");
            if (!base.problems().isEmpty()) {
                throw new IllegalStateException("the built-in synonym list has errors: " + base.problems());
            }
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Synonyms parse(String text, String fileName) {
        QueryTerms terms = new QueryTerms();
        Map<List<String>, Set<List<String>>> map = new HashMap<>();
        List<ContentProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                addLine(line, terms, map);
            } catch (IllegalArgumentException e) {
                problems.add(new ContentProblem(fileName, i + 1, "", e.getMessage() + "; the line was skipped",
                    ContentProblem.Severity.ERROR));
            }
        }
        return new Synonyms(map, problems);
    }

    private static void addLine(String line, QueryTerms terms, Map<List<String>, Set<List<String>>> map) {
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            throw new IllegalArgumentException("has '=>' more than once");
        }
        List<List<String>> left = phrases(sides[0], terms);
        List<List<String>> right = sides.length == 2 ? phrases(sides[1], terms) : left;
        if (left.isEmpty() || right.isEmpty() || sides.length == 1 && left.size() < 2) {
            throw new IllegalArgumentException("needs at least two words or phrases, separated by ',' or '=>'");
        }
        for (List<String> from : left) {
            Set<List<String>> to = map.computeIfAbsent(from, key -> new LinkedHashSet<>());
            right.stream().filter(phrase -> !phrase.equals(from)).forEach(to::add);
        }
    }

    private static List<List<String>> phrases(String side, QueryTerms terms) {
        List<List<String>> phrases = new ArrayList<>();
        for (String written : side.split(",")) {
            if (written.isBlank()) {
                throw new IllegalArgumentException("has an empty item between commas");
            }
            List<String> phrase = terms.indexTerms(written);
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("'" + written.strip() + "' is only common words (articles, prepositions)");
            }
            if (phrase.size() > MAX_PHRASE) {
                throw new IllegalArgumentException("'" + written.strip() + "' is longer than " + MAX_PHRASE + " words");
            }
            phrases.add(phrase);
        }
        return phrases;
    }

    /** The other phrases that mean what {@code phrase} (in index terms) means; empty when it has none. */
    public Set<List<String>> alternativesOf(List<String> phrase) {
        return alternatives.getOrDefault(phrase, Set.of());
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    public int size() {
        return alternatives.size();
    }
}
