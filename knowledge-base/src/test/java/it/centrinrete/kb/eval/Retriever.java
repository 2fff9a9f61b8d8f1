package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.GeoPoint;
import java.util.List;

/** One way of finding entries for a question, as the evaluation compares them. */
interface Retriever {

    String name();

    /** The ranked ids (best first) and whether this retriever would answer at all. */
    Ranking rank(String question, String here, GeoPoint near);

    record Ranking(List<String> ids, boolean answers, double score) {
    }
}
