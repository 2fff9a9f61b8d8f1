package it.centrinrete.server.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as said or typed at the kiosk: "mi chiamo maria rossi" → "Maria Rossi", "sono d'angelo giuseppe"
 * → "D'Angelo Giuseppe". What is not plausibly a name (a question, numbers, a long sentence) is refused, so that the
 * dialogue asks again instead of booking in the name of "a che ora apre".
 */
final class SpokenName {
    private static final int MOST_WORDS = 5;
    /** What people say before their name, longest first so "io mi chiamo" wins over "io". */
    private static final List<List<String>> LEADS = List.of(
        List.of("il", "mio", "nome", "e"), List.of("io", "mi", "chiamo"), List.of("a", "nome", "di"), List.of("il", "nome", "e"),
        List.of("mi", "chiamo"), List.of("mi", "chiamano"), List.of("si", "chiama"), List.of("io", "sono"), List.of("a", "nome"),
        List.of("sono"), List.of("nome"), List.of("si"), List.of("no"), List.of("allora"), List.of("ecco"), List.of("e"), List.of("ehm"));
    private static final Set<String> TRAILS = Set.of("grazie", "prego", "favore", "per");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’.\\-]*");
    /** Words that a name never is: they mean the person said something else. */
    private static final Set<String> NOT_NAMES = Set.of("che", "chi", "come", "dove", "quando", "perche", "quanto", "cosa", "non",
        "vorrei", "voglio", "posso", "ora", "orario", "aperto", "prenotare", "prenotazione", "centro", "telefono", "numero",
        "si", "no", "ok", "grazie", "ripeti", "aiuto", "il", "un", "una", "momento", "aspetti",
        "mi", "chiamo", "nome", "sono");

    private SpokenName() {
    }

    static Optional<String> of(String said) {
        List<String> raw = new ArrayList<>();
        for (String token : said.strip().split("\\s+")) {
            String cleaned = token.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "");
            if (!cleaned.isEmpty()) {
                raw.add(cleaned);
            }
        }
        List<String> folded = raw.stream().map(Intent::normalise).toList();
        int from = 0;
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (List<String> lead : LEADS) {
                if (folded.size() - from > lead.size() && folded.subList(from, from + lead.size()).equals(lead)) {
                    from += lead.size();
                    stripped = true;
                    break;
                }
            }
        }
        int to = raw.size();
        while (to > from && TRAILS.contains(folded.get(to - 1))) {
            to--;
        }
        List<String> name = raw.subList(from, to);
        if (name.isEmpty() || name.size() > MOST_WORDS) {
            return Optional.empty();
        }
        List<String> capitalised = new ArrayList<>();
        for (String word : name) {
            if (!WORD.matcher(word).matches() || NOT_NAMES.contains(Intent.normalise(word))) {
                return Optional.empty();
            }
            capitalised.add(capitalise(word));
        }
        String result = String.join(" ", capitalised);
        return result.codePointCount(0, result.length()) < 2 ? Optional.empty() : Optional.of(result);
    }

    /** "d'angelo" → "D'Angelo", "DE-LUCA" → "De-Luca". */
    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '\'' || c == '’' || c == '-';
        }
        return out.toString();
    }
}
