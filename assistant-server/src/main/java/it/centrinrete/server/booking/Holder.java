package it.centrinrete.server.booking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who holds a booking: a name and a phone number, or a centre membership card (a name and a phone may come with
 * it). Nothing more is kept about a person. The constructor cleans and checks its arguments, so every holder is
 * well-formed; {@link #of} is the way in from raw form fields.
 */
public record Holder(String name, PhoneNumber phone, String card) {
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 80;
    /** Letters of any script, with the marks of decomposed accents; spaces, apostrophes (also ’), dots, hyphens. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} '’.\\-]+");
    private static final Pattern CARD = Pattern.compile("[A-Z0-9-]{4,32}");
    private static final int CARD_SHOWN = 4;

    public Holder {
        name = cleanName(name);
        card = cleanCard(card);
        if (card == null && phone == null) {
            throw new InvalidBookingException("phone", "a booking needs a name and a phone number, or a membership card");
        }
        if (card == null && name == null) {
            throw new InvalidBookingException("name", "a booking with a phone number needs the holder's name");
        }
    }

    /** A holder from form fields; blank fields count as missing. */
    public static Holder of(String name, String phone, String card) {
        return new Holder(name, phone == null || phone.isBlank() ? null : PhoneNumber.parse(phone), card);
    }

    /**
     * The same person across their bookings, for limiting how many they hold and for "le mie prenotazioni": the card
     * when there is one, since a card is the centre's own proof of who someone is; the phone otherwise.
     */
    public String key() {
        return card != null ? cardKey(card) : phoneKey(phone);
    }

    /** The key of whoever booked with this phone and no card: to find "le mie prenotazioni" from a phone alone. */
    public static String phoneKey(PhoneNumber phone) {
        return "tel:" + phone.normalised();
    }

    /** The key of whoever booked with this card, cleaned and checked as a booking's card is. */
    public static String cardKey(String card) {
        String clean = cleanCard(card);
        if (clean == null) {
            throw new InvalidBookingException("card", "a membership card id is required");
        }
        return "card:" + clean;
    }

    /** The name, or "Tessera …1234" for a card holder who gave none. */
    public String displayName() {
        return name != null ? name : "Tessera …" + cardEnd();
    }

    /** Without the name, and with the phone or card masked: records end up in logs. */
    @Override
    public String toString() {
        return card != null ? "Holder[card …" + cardEnd() + "]" : "Holder[tel " + phone.masked() + "]";
    }

    private String cardEnd() {
        return card.substring(card.length() - CARD_SHOWN);
    }

    private static String cleanName(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("[\\s\\p{Z}]+", " ");
        int length = name.codePointCount(0, name.length());
        if (length < MIN_NAME || length > MAX_NAME) {
            throw new InvalidBookingException("name", "a name has " + MIN_NAME + " to " + MAX_NAME + " characters, "
                + InvalidBookingException.quoted(name) + " has " + length);
        }
        if (!NAME.matcher(name).matches() || name.codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidBookingException("name", InvalidBookingException.quoted(name)
                + " is not a name: a name has letters, and may also have spaces, apostrophes, dots and hyphens");
        }
        return name;
    }

    private static String cleanCard(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String card = raw.strip().toUpperCase(Locale.ROOT);
        if (!CARD.matcher(card).matches()) {
            throw new InvalidBookingException("card", InvalidBookingException.quoted(raw.strip())
                + " is not a membership card number: 4 to 32 letters A to Z, digits and hyphens");
        }
        return card;
    }
}
