package it.centrinrete.server.booking;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words a synthesiser says for each symbol of a booking code or a phone number, from spelling.properties. */
final class Spelling {
    // no fallback to the JVM's default locale: an English server must still spell in Italian for the kiosk
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("it.centrinrete.server.booking.spelling",
        Locale.ITALIAN, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Spelling() {
    }

    /** "A come Ancona" for a letter, "sette" for a digit. */
    static String symbol(char symbol) {
        return symbol >= '0' && symbol <= '9' ? digit(symbol) : WORDS.getString("letter." + symbol);
    }

    static String digit(char digit) {
        return WORDS.getString("digit." + digit);
    }
}
