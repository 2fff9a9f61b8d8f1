package it.centrinrete.server.booking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The code that identifies a booking, short enough to read aloud to an older person and hard to mistype or mishear:
 * six symbols from an alphabet without look-alikes (0/O, 1/I/L), without the letters Italians feel as foreign
 * (J K W X Y) and without B, which on the phone sounds like P, D or V.
 */
public record BookingCode(String value) {
    public static final String ALPHABET = "23456789ACDEFGHMNPRSTUVZ";
    public static final int LENGTH = 6;

    /** Italian letter names as recognisers write them, and the bare letters themselves. */
    private static final Map<String, Character> LETTERS = letters();
    /** Letter names that are also everyday words ("è", "a", "di", "ci", "ti", "vi"); they may be talk, not code. */
    private static final Set<String> ALSO_WORDS = Set.of("e", "a", "di", "ci", "ti", "vi");

    public BookingCode {
        if (value == null) {
            throw new InvalidBookingException("code", "a booking code is required");
        }
        if (!isCode(value)) {
            throw new InvalidBookingException("code", InvalidBookingException.quoted(value) + " is not a booking code: a code has "
                + LENGTH + " symbols, each a digit from 2 to 9 or one of the capital letters ACDEFGHMNPRSTUVZ");
        }
    }

    /** A new code; pass a SecureRandom, since a guessable code would let strangers see or cancel bookings. */
    public static BookingCode random(RandomGenerator random) {
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new BookingCode(new String(symbols));
    }

    /** The code a person typed, in any case and with any spaces, hyphens or dots; empty when it is not a code. */
    public static Optional<BookingCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s\\p{Z}.\\-_\u2010-\u2015]+", "").toUpperCase(Locale.ROOT);
        return isCode(compact) ? Optional.of(new BookingCode(compact)) : Optional.empty();
    }

    /**
     * The code in what a speech recogniser wrote while someone read it aloud: letter names ("acca", "emme"), bare
     * letters, "A come Ancona", digits as figures or words, "doppio tre", or the whole code as one word with digits
     * ("h3df9z"). Other words end a stretch of dictation.
     *
     * <p>Some letter names are also everyday words ("il codice è tre tre a ci di e" begins with "è"), so a stretch of
     * more than six symbols is read as the rightmost six whose left-out words could all be ordinary words: people say
     * what they are about to read before they read it, rarely after. Empty unless exactly one code is found.
     */
    public static Optional<BookingCode> fromSpeech(String text) {
        List<String> tokens = SpeechWords.tokens(text);
        Set<String> found = new LinkedHashSet<>();
        List<Heard> stretch = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String symbols = symbols(token);
            int times = SpeechWords.repetitions(token);
            if (symbols == null && times > 1 && i + 1 < tokens.size()) {
                String next = symbols(tokens.get(i + 1));
                if (next != null && next.length() == 1) {
                    symbols = next.repeat(times);
                    i++;
                }
            }
            if (symbols == null) {
                if (!SpeechWords.isHesitation(token)) {
                    collect(stretch, found);
                    stretch.clear();
                }
                continue;
            }
            boolean spelledOut = isLetter(symbols) && i + 1 < tokens.size() && tokens.get(i + 1).equals("come");
            stretch.add(new Heard(symbols, ALSO_WORDS.contains(tokens.get(i)) && !spelledOut));
            if (spelledOut) {
                i += 2; // "come" and the example word
            }
        }
        collect(stretch, found);
        return found.size() == 1 ? Optional.of(new BookingCode(found.iterator().next())) : Optional.empty();
    }

    /** Italian for the synthesiser, one symbol at a time: "A come Ancona, sette, P come Palermo, due, …". */
    public String spelled() {
        return value.chars().mapToObj(c -> Spelling.symbol((char) c)).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return value;
    }

    /** Symbols heard from one word; a word that is also an everyday word may be left out of the code. */
    private record Heard(String symbols, boolean mayBeTalk) {
    }

    private static void collect(List<Heard> stretch, Set<String> found) {
        for (int end = stretch.size(); end > 0; end--) {
            if (!mayAllBeTalk(stretch.subList(end, stretch.size()))) {
                return;
            }
            int count = 0;
            for (int start = end - 1; start >= 0 && count < LENGTH; start--) {
                count += stretch.get(start).symbols().length();
                if (count == LENGTH && mayAllBeTalk(stretch.subList(0, start))) {
                    found.add(stretch.subList(start, end).stream().map(Heard::symbols).collect(Collectors.joining()));
                    return;
                }
            }
        }
    }

    private static boolean mayAllBeTalk(List<Heard> heard) {
        return heard.stream().allMatch(Heard::mayBeTalk);
    }

    /** The code symbols a recognised word stands for, or null when it is no part of a code. */
    private static String symbols(String token) {
        Character letter = LETTERS.get(token);
        if (letter != null) {
            return String.valueOf(letter);
        }
        Optional<String> digits = SpeechWords.digits(token);
        if (digits.isPresent()) {
            return inAlphabet(digits.get()) ? digits.get() : null;
        }
        // a whole code heard as one word ("h3df9z"); a word of letters alone is far more likely Italian ("sempre")
        String upper = token.toUpperCase(Locale.ROOT);
        return token.chars().anyMatch(Character::isDigit) && inAlphabet(upper) ? upper : null;
    }

    private static boolean isLetter(String symbols) {
        return symbols.length() == 1 && Character.isLetter(symbols.charAt(0));
    }

    private static boolean isCode(String text) {
        return text.length() == LENGTH && inAlphabet(text);
    }

    private static boolean inAlphabet(String text) {
        return text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static Map<String, Character> letters() {
        Map<String, Character> letters = new HashMap<>();
        for (char c : ALPHABET.toCharArray()) {
            if (Character.isLetter(c)) {
                letters.put(String.valueOf(Character.toLowerCase(c)), c);
            }
        }
        String[][] names = {{"ci", "C"}, {"di", "D"}, {"effe", "F"}, {"gi", "G"}, {"acca", "H"}, {"emme", "M"}, {"enne", "N"},
            {"pi", "P"}, {"erre", "R"}, {"esse", "S"}, {"ti", "T"}, {"vu", "V"}, {"vi", "V"}, {"zeta", "Z"}};
        for (String[] name : names) {
            letters.put(name[0], name[1].charAt(0));
        }
        return Map.copyOf(letters);
    }
}
