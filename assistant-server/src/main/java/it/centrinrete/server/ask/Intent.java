package it.centrinrete.server.ask;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a question wants, as far as the few conversational moves go (greet, thank, repeat, slower, move through
 * a guide, call an operator); everything else is a request for information, refined by what it asks about (hours, place).
 */
enum Intent {
    GREETING("greeting", "^(buon ?giorno|buona ?sera|salve|ciao|buondi)( a (lei|tutti))?$"),
    THANKS("thanks", "^(grazie( mille| tante)?|la ringrazio|molto gentile)$"),
    REPEAT("repeat", "^(ripet[ai]|puo ripetere|me lo ripete|come( ha detto)?|non ho capito)$"),
    SLOWER("slower", "^(piu piano|piu lentamente|parli piu piano|vada piu piano|piano per favore)$"),
    NEXT_STEP("guide_next", "^(avanti|vai avanti|andiamo avanti|prossimo( passo)?|passo successivo|e poi|e dopo|poi|fatto|ok fatto)$"),
    PREVIOUS_STEP("guide_back", "^(indietro|torna indietro|torniamo indietro|passo precedente|quello prima)$"),
    RESTART_GUIDE("guide_restart", "^(ricomincia|ricominciamo|dall inizio|da capo|ricomincia da capo)$"),
    CALL_OPERATOR("call_operator", "(chiam[ai] (un |l )?operatore|voglio (parlare con )?(un |una )?(operatore|persona)"
        + "|aiuto da una persona|mi serve una persona)"),
    MY_BOOKINGS("my_bookings", "\\b((le )?mie (prenotazioni|iscrizioni)|(a )?cosa sono (iscritt|prenotat)[oa]"
        + "|dove sono (iscritt|prenotat)[oa]|cosa ho prenotato|quando (devo venire|ho la prenotazione)"
        + "|per cosa sono (iscritt|prenotat)[oa])\\b"),
    CANCEL_BOOKING("cancel_booking", "\\b(cancell\\w*|annull\\w*|disdir\\w*|disdic\\w*|togliere|toglier\\w*|non posso (piu )?venire"
        + "|non vengo piu|ritirar\\w*)\\b.*\\b(prenotazion\\w*|iscrizion\\w*|codice|posto)\\b"
        + "|\\b(prenotazion\\w*|iscrizion\\w*)\\b.*\\b(cancell\\w*|annull\\w*|disdir\\w*|disdic\\w*)\\b|\\bnon posso (piu )?venire\\b"),
    BOOK("book", "\\b(prenot\\w*|iscriv\\w*|iscriver\\w*|mi iscrivo|partecipare|riservar\\w*|un posto per|segnar\\w*|segnami)\\b"),
    WHATS_ON("whats_on", "\\b(cosa c e|che cosa c e|cosa ce|cosa si fa|cosa fate|che attivita|quali attivita|che corsi"
        + "|programma|cosa fanno|cosa posso fare)\\b"),
    OPENING_HOURS("opening_hours", "\\b(apre|aprite|aprono|aperto|aperta|aperti|chiude|chiudete|chiudono|chiuso|chiusa"
        + "|orario|orari|a che ora)\\b"),
    WHERE_IS("where_is", "\\b(dove si trova|dov e|indirizzo|come ci arrivo|come arrivo|come si arriva)\\b"),
    INFORMATION("information", null);

    private static final List<Intent> CONVERSATIONAL = List.of(GREETING, THANKS, REPEAT, SLOWER, NEXT_STEP, PREVIOUS_STEP,
        RESTART_GUIDE, CALL_OPERATOR);

    private final String wireName;
    private final Pattern pattern;

    Intent(String wireName, String regex) {
        this.wireName = wireName;
        this.pattern = regex == null ? null : Pattern.compile(regex);
    }

    String wireName() {
        return wireName;
    }

    /** Courtesy that wraps a move without changing it: "ripeti per favore", "scusi, più piano". */
    private static final Pattern COURTESY = Pattern.compile(
        "\\b(per favore|per piacere|la prego|ti prego|scusi|scusa|mi scusi|gentilmente|signora|signore|allora|ecco)\\b");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9' ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<Intent> BOOKING_MOVES = List.of(MY_BOOKINGS, CANCEL_BOOKING, BOOK);

    /** The conversational move a question makes, or {@link #INFORMATION}. */
    static Intent of(String question) {
        String text = normalise(question);
        String bare = SPACES.matcher(COURTESY.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        for (Intent intent : CONVERSATIONAL) {
            if (intent.pattern.matcher(bare).find()) {
                return intent;
            }
        }
        for (Intent intent : BOOKING_MOVES) {
            if (intent.pattern.matcher(text).find()) {
                return intent;
            }
        }
        if (WHATS_ON.pattern.matcher(text).find()) {
            return WHATS_ON;
        }
        if (OPENING_HOURS.pattern.matcher(text).find()) {
            return OPENING_HOURS;
        }
        return WHERE_IS.pattern.matcher(text).find() ? WHERE_IS : INFORMATION;
    }

    /** Lowercase, no accents, no punctuation, single spaces: how a recogniser and a hurried typist write. */
    static String normalise(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(OTHER.matcher(folded).replaceAll(" ").replace("'", " ")).replaceAll(" ").strip();
    }
}
