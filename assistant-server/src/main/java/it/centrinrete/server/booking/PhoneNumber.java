package it.centrinrete.server.booking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An Italian phone number, mobile or landline, kept as "+39" and the national digits (landlines keep their 0).
 * {@link #toString()} is {@link #masked()}, so that a whole number never lands in a log by accident.
 */
public record PhoneNumber(String normalised) {
    private static final String COUNTRY = "+39";
    /** Mobiles start with 3 and have 9 or 10 digits; landlines start with 0 and have 6 to 11. */
    private static final Pattern NATIONAL = Pattern.compile("3\\d{8,9}|0\\d{5,10}");
    /** What a person may write around the digits: a leading +, spaces, brackets, dots, slashes, hyphens. */
    private static final Pattern TYPED = Pattern.compile("\\+?[0-9\\s()./-]*[0-9][0-9\\s()./-]*");
    private static final String EXAMPLES = "(a mobile such as 333 123 4567 or a landline such as 02 1234 5678)";

    public PhoneNumber {
        if (normalised == null || !normalised.startsWith(COUNTRY)
            || !NATIONAL.matcher(normalised.substring(COUNTRY.length())).matches()) {
            throw new InvalidBookingException("phone", InvalidBookingException.quoted(normalised)
                + " is not a normalised Italian phone number such as +393331234567");
        }
    }

    /** A number as a person writes it: "333 123 4567", "+39 333 1234567", "0039 …", "(02) 12345678". */
    public static PhoneNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidBookingException("phone", "a phone number is required");
        }
        String typed = text.strip();
        if (!TYPED.matcher(typed).matches()) {
            throw notItalian(typed);
        }
        String digits = typed.replaceAll("[^0-9]", "");
        String national = digits;
        if (typed.startsWith("+") || digits.startsWith("00")) {
            String international = typed.startsWith("+") ? digits : digits.substring(2);
            if (!international.startsWith("39")) {
                throw new InvalidBookingException("phone", InvalidBookingException.quoted(typed)
                    + " is not an Italian phone number: only Italian numbers (+39) are accepted");
            }
            national = international.substring(2);
        }
        if (!NATIONAL.matcher(national).matches()) {
            throw notItalian(typed);
        }
        return new PhoneNumber(COUNTRY + national);
    }

    /**
     * The number in what a speech recogniser wrote while someone said it: digits as figures or words, read one by
     * one or in pairs ("trentatre"), "doppio tre", "più trentanove" before it; other words around it are ignored.
     * Empty unless exactly one valid number is found.
     */
    public static Optional<PhoneNumber> fromSpeech(String text) {
        List<String> tokens = SpeechWords.tokens(text);
        List<String> stretches = new ArrayList<>();
        StringBuilder stretch = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Optional<String> digits = SpeechWords.digits(token);
            int times = SpeechWords.repetitions(token);
            if (digits.isEmpty() && times > 1 && i + 1 < tokens.size()) {
                Optional<String> next = SpeechWords.digits(tokens.get(i + 1));
                if (next.isPresent() && next.get().length() == 1) {
                    digits = Optional.of(next.get().repeat(times));
                    i++;
                }
            }
            if (digits.isPresent()) {
                stretch.append(digits.get());
            } else if (token.equals("piu")) {
                stretches.add(stretch.toString());
                stretch.setLength(0);
                stretch.append('+');
            } else if (!token.equals("e") && !SpeechWords.isHesitation(token)) {
                // "e" is let through: "tre tre tre e uno due tre …" is still one number
                stretches.add(stretch.toString());
                stretch.setLength(0);
            }
        }
        stretches.add(stretch.toString());
        Set<PhoneNumber> found = new LinkedHashSet<>();
        for (String candidate : stretches) {
            if (candidate.chars().anyMatch(Character::isDigit)) {
                try {
                    found.add(parse(candidate));
                } catch (InvalidBookingException ignored) {
                    // other numbers in the sentence (an age, a year) are not phone numbers
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The digits without the country code, as dialled within Italy: "3331234567", "0212345678". */
    public String national() {
        return normalised.substring(COUNTRY.length());
    }

    public boolean isMobile() {
        return national().startsWith("3");
    }

    /** Grouped for the screen: "333 123 4567", "02 1234 5678", "039 123 4567". */
    public String display() {
        return String.join(" ", groups());
    }

    /** Italian for the synthesiser, digit by digit in the groups of the screen: "tre tre tre, uno due tre, …". */
    public String spokenDigits() {
        return groups().stream()
            .map(group -> group.chars().mapToObj(c -> Spelling.digit((char) c)).collect(Collectors.joining(" ")))
            .collect(Collectors.joining(", "));
    }

    /** For logs and lists that others see: only the last group shows, "*** *** 4567". */
    public String masked() {
        List<String> groups = groups();
        List<String> masked = new ArrayList<>();
        for (int i = 0; i < groups.size() - 1; i++) {
            masked.add("*".repeat(groups.get(i).length()));
        }
        masked.add(groups.getLast());
        return String.join(" ", masked);
    }

    @Override
    public String toString() {
        return masked();
    }

    private List<String> groups() {
        String national = national();
        // Milan and Rome have two-digit area codes; other prefixes vary in length and three is the usual reading
        int head = national.startsWith("02") || national.startsWith("06") ? 2 : 3;
        List<String> groups = new ArrayList<>();
        groups.add(national.substring(0, head));
        groups.addAll(split(national.substring(head)));
        return groups;
    }

    /** Groups of four from the end, with threes (or a two) in front where four would leave a lone digit. */
    private static List<String> split(String digits) {
        int length = digits.length();
        if (length <= 4) {
            return List.of(digits);
        }
        int last = length >= 7 ? 4 : 3;
        List<String> groups = new ArrayList<>(split(digits.substring(0, length - last)));
        groups.add(digits.substring(length - last));
        return groups;
    }

    private static InvalidBookingException notItalian(String typed) {
        return new InvalidBookingException("phone", InvalidBookingException.quoted(typed) + " is not an Italian phone number "
            + EXAMPLES);
    }
}
