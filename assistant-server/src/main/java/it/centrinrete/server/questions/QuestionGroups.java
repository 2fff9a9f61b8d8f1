package it.centrinrete.server.questions;

import it.centrinrete.server.persistence.UnansweredLog.Question;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups near-duplicate questions: each is reduced to its content words (lower case, no accents, no punctuation, no
 * greetings or little words, only their first letters kept so "prenotare" meets "prenotazione"), and a question joins the first group
 * sharing at least half of the words of the two together. Good enough for an operator's list, where a wrong group costs a
 * glance; no language model, nothing to train.
 */
public final class QuestionGroups {
    private static final double SAME = 0.5;
    private static final int STEM = 5;
    private static final Set<String> LITTLE_WORDS = Set.of(
        "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "di", "a", "da", "in", "con", "su", "per", "tra", "fra",
        "e", "o", "ma", "che", "chi", "mi", "ti", "ci", "vi", "si", "ne", "non", "come", "dove", "quando", "cosa", "quale",
        "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli", "alle", "dal", "dalla", "dai",
        "nel", "nella", "nei", "sul", "sulla", "e'", "c", "ce", "sono", "ho", "ha", "hanno", "posso", "puo", "vorrei",
        "sapere", "scusi", "scusa", "favore", "buongiorno", "buonasera", "salve", "ciao", "grazie", "mio", "mia", "suo", "sua",
        "qui", "qua", "li", "oggi", "dire", "sa", "sai", "sapete", "potete", "potrei", "voglio");

    private QuestionGroups() {
    }

    /** The groups, the most asked first (then the most recently asked). */
    public static List<QuestionGroup> of(List<Question> questions) {
        List<List<Question>> groups = new ArrayList<>();
        List<Set<String>> groupWords = new ArrayList<>();
        List<Question> oldestFirst = questions.stream().sorted(Comparator.comparing(Question::askedAt).thenComparing(Question::id))
            .toList();
        for (Question question : oldestFirst) {
            Set<String> words = words(question.text());
            int found = -1;
            for (int i = 0; i < groups.size() && found < 0; i++) {
                if (similar(words, groupWords.get(i), normal(question.text()), normal(groups.get(i).getFirst().text()))) {
                    found = i;
                }
            }
            if (found < 0) {
                groups.add(new ArrayList<>(List.of(question)));
                groupWords.add(new LinkedHashSet<>(words));
            } else {
                groups.get(found).add(question);
            }
        }
        return groups.stream().map(QuestionGroups::describe)
            .sorted(Comparator.comparingInt(QuestionGroup::count).reversed().thenComparing(QuestionGroup::lastAsked,
                Comparator.reverseOrder()))
            .toList();
    }

    private static boolean similar(Set<String> words, Set<String> other, String text, String otherText) {
        if (words.isEmpty() || other.isEmpty()) {
            return text.equals(otherText);
        }
        Set<String> union = new LinkedHashSet<>(words);
        union.addAll(other);
        long shared = words.stream().filter(other::contains).count();
        return (double) shared / union.size() >= SAME;
    }

    private static QuestionGroup describe(List<Question> members) {
        Map<String, List<Question>> byWording = members.stream()
            .collect(Collectors.groupingBy(q -> normal(q.text()), LinkedHashMap::new, Collectors.toList()));
        List<Question> commonest = byWording.values().stream()
            .max(Comparator.<List<Question>>comparingInt(List::size)
                .thenComparing(list -> list.getLast().askedAt()))
            .orElseThrow();
        String text = commonest.getLast().text().strip();
        List<String> variants = byWording.values().stream().filter(list -> list != commonest)
            .map(list -> list.getLast().text().strip()).toList();
        return new QuestionGroup(text, members.size(), members.stream().map(Question::id).toList(), variants,
            members.stream().map(Question::askedAt).max(Comparator.naturalOrder()).orElseThrow());
    }

    /** Lower case, no accents, punctuation as spaces, single spaces. */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The content words of a question, endings cut. */
    static Set<String> words(String text) {
        return Arrays.stream(normal(text).split(" "))
            .filter(word -> !word.isEmpty() && !LITTLE_WORDS.contains(word))
            .map(QuestionGroups::stem)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The first letters without a final vowel: "giocare" and "gioca" are "gioc", "prenotare" and "prenotazione" "pren". */
    private static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        String start = word.length() > STEM ? word.substring(0, STEM) : word;
        return "aeiou".indexOf(start.charAt(start.length() - 1)) >= 0 ? start.substring(0, start.length() - 1) : start;
    }
}
