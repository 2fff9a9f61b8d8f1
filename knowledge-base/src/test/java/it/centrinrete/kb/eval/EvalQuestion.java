package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.GeoPoint;

/**
 * One question of the evaluation set.
 *
 * @param expectedId the entry that answers it, or null when the content cannot answer it
 * @param category how it is asked: colloquial, indirect, misspelled, no-accents, speech, near, out-of-scope…
 * @param near id of the kiosk's centre, or null
 * @param line the line of the set file, for reports
 */
record EvalQuestion(String text, String expectedId, String category, String near, int line) {
    boolean answerable() {
        return expectedId != null;
    }

    /** Where the kiosk it is asked at stands, or null when it is asked at none. */
    GeoPoint kioskPosition(Content content) {
        return near == null ? null : content.find(near, Centre.class).map(Centre::location).orElse(null);
    }
}
