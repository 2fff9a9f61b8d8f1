/**
 * Search over the knowledge base with Lucene: an Italian analysis made for how older people speak and type
 * (accents, elisions, colloquial synonyms, typos and speech-recognition slips), a concept-based query that knows
 * which words of a question matter, ranking that prefers what is near the kiosk, and a calibrated confidence
 * so that a question the content cannot answer gets no answer rather than the least-bad match.
 */
package it.centrinrete.kb.search;
