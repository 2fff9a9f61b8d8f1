package it.centrinrete.kb.hours;

import it.centrinrete.kb.content.Checks;
import it.centrinrete.kb.content.InvalidEntryException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/**
 * Italian public holidays (law 260/1949 as amended, in force since 2001 when 2 June came back) and the patron
 * saint's day of one city. Names are in Italian because users read them.
 */
public final class ItalianHolidays implements HolidayCalendar {
    private static final Map<MonthDay, String> FIXED = Map.ofEntries(
        Map.entry(MonthDay.of(1, 1), "Capodanno"),
        Map.entry(MonthDay.of(1, 6), "Epifania"),
        Map.entry(MonthDay.of(4, 25), "Festa della Liberazione"),
        Map.entry(MonthDay.of(5, 1), "Festa del Lavoro"),
        Map.entry(MonthDay.of(6, 2), "Festa della Repubblica"),
        Map.entry(MonthDay.of(8, 15), "Ferragosto"),
        Map.entry(MonthDay.of(11, 1), "Ognissanti"),
        Map.entry(MonthDay.of(12, 8), "Immacolata"),
        Map.entry(MonthDay.of(12, 25), "Natale"),
        Map.entry(MonthDay.of(12, 26), "Santo Stefano"));

    // Law 151 of 8 October 2025 made 4 October a national holiday again, in force from 1 January 2026.
    private static final MonthDay SAN_FRANCESCO = MonthDay.of(10, 4);
    private static final int SAN_FRANCESCO_FIRST_YEAR = 2026;

    private static final ItalianHolidays MILAN = new ItalianHolidays(MonthDay.of(12, 7), "Sant'Ambrogio");

    private final MonthDay patronDay;
    private final String patronName;

    /**
     * @param patronDay the day of the city's patron saint, a holiday only in that city
     * @param patronName its name as shown to users
     */
    public ItalianHolidays(MonthDay patronDay, String patronName) {
        if (patronDay == null) {
            throw new InvalidEntryException("patronDay", "is required");
        }
        this.patronDay = patronDay;
        this.patronName = Checks.text("patronName", patronName);
    }

    /** National holidays plus Sant'Ambrogio, 7 December. */
    public static ItalianHolidays milan() {
        return MILAN;
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        String fixed = FIXED.get(day);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        LocalDate easter = easterSunday(date.getYear());
        if (date.equals(easter)) {
            return Optional.of("Pasqua");
        }
        if (date.equals(easter.plusDays(1))) {
            return Optional.of("Lunedì dell'Angelo");
        }
        if (day.equals(SAN_FRANCESCO) && date.getYear() >= SAN_FRANCESCO_FIRST_YEAR) {
            return Optional.of("San Francesco d'Assisi");
        }
        if (day.equals(patronDay)) {
            return Optional.of(patronName);
        }
        return Optional.empty();
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm, also known as Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    @Override
    public String toString() {
        return "ItalianHolidays[patron=" + patronName + " " + patronDay + "]";
    }
}
