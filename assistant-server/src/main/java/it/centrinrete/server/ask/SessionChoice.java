package it.centrinrete.server.ask;

import it.centrinrete.server.booking.SessionView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the sessions offered a person means: "il primo", "la seconda", "giovedì", "domani", "il 3 dicembre",
 * "quello delle dieci", or just "sì" when only one was offered. A day or date that was not offered is looked for among
 * all the activity's upcoming sessions, so "no, il 10 dicembre" works even when the 10th was not read out.
 */
final class SessionChoice {
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
        Map.entry("primo", 0), Map.entry("prima", 0), Map.entry("1", 0), Map.entry("uno", 0),
        Map.entry("secondo", 1), Map.entry("seconda", 1), Map.entry("2", 1),
        Map.entry("terzo", 2), Map.entry("terza", 2), Map.entry("3", 2));
    private static final Pattern ORDINAL = Pattern.compile("^(?:(?:il|la|lo|l|per il|per la|va bene il|va bene la) )?"
        + "(primo|prima|secondo|seconda|terzo|terza|1|2|3|uno)(?: (?:giorno|incontro|volta|data|orario))?$");
    private static final Pattern LAST = Pattern.compile("\\b(l ultimo|l ultima|ultimo|ultima)\\b");
    private static final Map<String, Month> MONTHS = Map.ofEntries(
        Map.entry("gennaio", Month.JANUARY), Map.entry("febbraio", Month.FEBRUARY), Map.entry("marzo", Month.MARCH),
        Map.entry("aprile", Month.APRIL), Map.entry("maggio", Month.MAY), Map.entry("giugno", Month.JUNE),
        Map.entry("luglio", Month.JULY), Map.entry("agosto", Month.AUGUST), Map.entry("settembre", Month.SEPTEMBER),
        Map.entry("ottobre", Month.OCTOBER), Map.entry("novembre", Month.NOVEMBER), Map.entry("dicembre", Month.DECEMBER));
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2}|primo|[a-z]+) (" + String.join("|", MONTHS.keySet()) + ")\\b");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b(?:il|l) (\\d{1,2})\\b");

    private SessionChoice() {
    }

    /**
     * The session meant, if it can be told.
     *
     * @param offered the sessions read out, in the order they were read
     * @param upcoming every session of the activity that can be booked, soonest first
     */
    static Optional<SessionView> pick(String normalised, List<SessionView> offered, List<SessionView> upcoming, LocalDate today) {
        String text = normalised.replaceFirst("^(no|si|allora|ecco|preferisco|meglio|facciamo|va bene)\\b ?", "").strip();
        // "il primo", "la seconda": an ordinal alone is a position in what was read out, not the first of the month
        Matcher ordinal = ORDINAL.matcher(text);
        if (ordinal.matches()) {
            int index = ORDINALS.get(ordinal.group(1));
            return index < offered.size() ? Optional.of(offered.get(index)) : Optional.empty();
        }
        Optional<LocalDate> date = date(text, today);
        Optional<LocalTime> time = TimeWords.find(text).or(() -> TimeWords.find("alle " + text));
        if (date.isPresent()) {
            Predicate<SessionView> onDay = session -> session.start().toLocalDate().equals(date.get())
                && (time.isEmpty() || session.start().toLocalTime().equals(time.get()));
            return first(offered, onDay).or(() -> first(upcoming, onDay));
        }
        if (LAST.matcher(text).find() && !offered.isEmpty()) {
            return Optional.of(offered.get(offered.size() - 1));
        }
        if (time.isPresent() && text.matches(".*\\b(alle|all|delle|dell|ore)\\b.*")) {
            return first(offered, session -> session.start().toLocalTime().equals(time.get()));
        }
        if (offered.size() == 1 && Reply.of(normalised) == Reply.YES) {
            return Optional.of(offered.get(0));
        }
        return Optional.empty();
    }

    /** Whether the text names a day or a date at all (a correction such as "no, giovedì"). */
    static boolean namesADay(String normalised, LocalDate today) {
        return date(normalised, today).isPresent();
    }

    private static Optional<LocalDate> date(String text, LocalDate today) {
        Matcher named = DATE.matcher(text);
        while (named.find()) {
            Integer day = dayNumber(named.group(1));
            if (day != null) {
                Month month = MONTHS.get(named.group(2));
                LocalDate candidate = safeDate(today.getYear(), month, day);
                if (candidate != null && candidate.isBefore(today)) {
                    candidate = safeDate(today.getYear() + 1, month, day);
                }
                if (candidate != null) {
                    return Optional.of(candidate);
                }
            }
        }
        Matcher number = DAY_NUMBER.matcher(text);
        if (number.find() && !text.matches(".*\\b(alle|ore)\\b.*")) {
            int day = Integer.parseInt(number.group(1));
            LocalDate candidate = safeDate(today.getYear(), today.getMonth(), day);
            if (candidate != null && candidate.isBefore(today)) {
                LocalDate next = today.plusMonths(1);
                candidate = safeDate(next.getYear(), next.getMonth(), day);
            }
            return Optional.ofNullable(candidate);
        }
        return DateWords.find(text, today).filter(days -> days.from().equals(days.to())).map(DateWords.Days::from);
    }

    private static Integer dayNumber(String word) {
        if (word.matches("\\d{1,2}")) {
            return Integer.parseInt(word);
        }
        if (word.equals("primo")) {
            return 1;
        }
        for (int n = 1; n <= 31; n++) {
            if (Intent.normalise(ItalianNumberWords.of(n)).equals(word)) {
                return n;
            }
        }
        return null;
    }

    private static LocalDate safeDate(int year, Month month, int day) {
        return day >= 1 && day <= month.length(java.time.Year.isLeap(year)) ? LocalDate.of(year, month, day) : null;
    }

    private static Optional<SessionView> first(List<SessionView> sessions, Predicate<SessionView> wanted) {
        return sessions.stream().filter(wanted).findFirst();
    }
}
