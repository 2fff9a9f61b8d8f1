package it.centrinrete.kb.content;

import java.util.List;

/** One knowledge-base entry: what a kiosk can cite as the source of an answer. */
public sealed interface Entry permits Centre, Service, Activity, Guide, Faq {

    /** Stable id, the one written in the content file; unique across all entries. */
    String id();

    EntryType type();

    /** The name shown first: a centre's or service's name, an activity's title, a FAQ's first question. */
    String title();

    /** Colloquial words and phrases people use for this entry. */
    List<String> keywords();

    Provenance provenance();

    /** Every piece of descriptive text, for indexing; the title and keywords are indexed apart. */
    List<String> bodyTexts();
}
