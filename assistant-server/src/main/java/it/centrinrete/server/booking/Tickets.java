package it.centrinrete.server.booking;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Makes the printable {@link Ticket} of a booking, with the words in tickets.properties. */
public final class Tickets {
    // no fallback to the JVM's default locale: an English server must still print Italian tickets
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("it.centrinrete.server.booking.tickets", Locale.ITALIAN,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(WORDS.getString("day.pattern"), Locale.ITALIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(WORDS.getString("time.pattern"), Locale.ITALIAN);
    /** The spelled code is printed in two lines of three symbols, as a narrow receipt printer would break it anyway. */
    private static final int SYMBOLS_PER_LINE = 3;

    private Tickets() {
    }

    /** The ticket of a booking; the centre and the room come from {@code content} as it is now. */
    public static Ticket of(Booking booking, Content content) {
        Optional<Centre> centre = content.find(booking.centreId(), Centre.class);
        String centreName = centre.map(Centre::name).orElse(booking.centreId());
        String address = centre.map(found -> found.address().oneLine()).orElse("");
        String room = content.find(booking.activityId(), Activity.class).map(Activity::room).filter(text -> !text.isBlank())
            .orElse(null);
        String day = DAY.format(booking.start());
        String time = format("time", TIME.format(booking.start()), TIME.format(booking.end()));
        String status = booking.status() == BookingStatus.WAITLISTED
            ? format("status.WAITLISTED", Integer.toString(booking.waitlistPosition()))
            : WORDS.getString("status." + booking.status().name());
        BookingCode code = new BookingCode(booking.code());

        List<String> lines = new ArrayList<>();
        lines.add(booking.title());
        lines.add(capitalised(day));
        lines.add(capitalised(time));
        lines.add(centreName);
        if (!address.isEmpty()) {
            lines.add(address);
        }
        if (room != null) {
            lines.add(format("line.room", room));
        }
        lines.add("");
        lines.add(format("line.status", status));
        lines.add(format("line.code", code.value()));
        lines.addAll(spelledLines(code));
        lines.add("");
        lines.add(WORDS.getString("line.keep"));
        return new Ticket(code.value(), code.spelled(), booking.title(), centreName, address, room, day, time, status, code.value(),
            lines);
    }

    /** "H come hotel, M come Milano, quattro," and "D come Domodossola, sette, Z come Zara". */
    private static List<String> spelledLines(BookingCode code) {
        List<String> lines = new ArrayList<>();
        String value = code.value();
        for (int from = 0; from < value.length(); from += SYMBOLS_PER_LINE) {
            String part = value.substring(from, Math.min(value.length(), from + SYMBOLS_PER_LINE));
            String words = part.chars().mapToObj(c -> Spelling.symbol((char) c)).collect(Collectors.joining(", "));
            lines.add(from + SYMBOLS_PER_LINE < value.length() ? words + "," : words);
        }
        return lines;
    }

    private static String format(String key, String... values) {
        return MessageFormat.format(WORDS.getString(key).replace("'", "''"), (Object[]) values);
    }

    /** A line begins with a capital, as the day and the time do not when they sit in the middle of a sentence. */
    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ITALIAN) + text.substring(1);
    }
}
