package it.centrinrete.kb.search;

import it.centrinrete.kb.content.EntryType;

/**
 * One entry found for a question.
 *
 * @param score the ranking score (comparable only within one result)
 * @param coverage share (0 to 1) of the question's weight that this entry covers
 * @param distanceMetres distance from the kiosk, or {@code Double.NaN} when either position is unknown
 */
public record SearchHit(String id, EntryType type, String title, double score, double coverage, double distanceMetres) {
}
