package it.centrinrete.server.ask;

import java.util.regex.Pattern;

/**
 * The short answers a dialogue waits for: yes, no, or "let's drop it". Read from normalised text
 * ({@link Intent#normalise}); a yes or a no counts only at the start ("sì, giusto", "no, giovedì"), so that a sentence
 * that merely contains "no" somewhere is not taken as a refusal.
 */
enum Reply {
    YES, NO, GIVE_UP, OTHER;

    private static final Pattern GIVE_UP_WORDS = Pattern.compile("\\b(lascia(mo)? perdere|lasci perdere|lascia stare|lasci stare|basta"
        + "|annulla|non importa|non voglio piu|non fa niente|non fa nulla|esci|ci ripenso|rinuncio|smetti|stop|fermati"
        + "|non mi interessa piu)\\b");
    private static final Pattern YES_WORDS = Pattern.compile("^(si|certo|certamente|esatto|esattamente|va bene|ok|okay|giusto|confermo"
        + "|conferma|confermi|d accordo|perfetto|corretto|e giusto|e corretto|proprio cosi|bene|benissimo|volentieri|sicuro)\\b");
    private static final Pattern NO_WORDS = Pattern.compile("^(no|non e giusto|non e corretto|sbagliato|non va bene|ho sbagliato"
        + "|non e cosi|non proprio|neanche per sogno|macche)\\b");

    static Reply of(String normalised) {
        if (GIVE_UP_WORDS.matcher(normalised).find()) {
            return GIVE_UP;
        }
        if (NO_WORDS.matcher(normalised).find()) {
            return NO;
        }
        return YES_WORDS.matcher(normalised).find() ? YES : OTHER;
    }
}
