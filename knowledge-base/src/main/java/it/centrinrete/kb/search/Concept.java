package it.centrinrete.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One thing a question asks about: a word or phrase of the question together with the phrases that mean the same
 * (from the synonym list). A question is a handful of concepts; an entry answers it when it covers the important ones.
 *
 * @param words the question's words this concept comes from, as spoken
 * @param phrases index-term phrases that express it; the first is the question's own
 * @param aspect true when it asks about a facet (time, place, cost, contact) rather than a thing
 * @param excluded true when the question sets it aside ("oltre a quello antinfluenzale"): see {@link Exclusions}
 * @param name true when it is the name of a street or a person: the word after "piazzale", "dottor" and the like
 * @param here true when it speaks of the kiosk's own place: "siete aperti?", "il centro", "questo ufficio"
 * @param misheard index terms of the content's names the word may have been misheard for, by the word beside it
 *                 ("lampo" after "ponte" is "lambro"): see {@link NamePairs}
 * @param context true when it comes from a sentence that only sets the scene before or after the one that asks
 *                ({@link Sentences}): it weighs {@link #CONTEXT_WEIGHT} of what it would
 */
record Concept(String words, List<List<String>> phrases, boolean aspect, boolean excluded, boolean name, boolean here,
               List<String> misheard, boolean context) {
    /**
     * What a word of a sentence that only sets the scene weighs, against the same word in the sentence that asks:
     * "ho ottantadue anni e vivo da sola. posso venire col cane?" is about the dog, though "vivo da sola" is a whole
     * keyword of the emergency alarm.
     */
    static final double CONTEXT_WEIGHT = 0.5;
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Set<String> WITH = Set.of("con", "col", "coi", "colla", "cogli");

    Concept {
        phrases = List.copyOf(phrases);
        misheard = List.copyOf(misheard);
    }

    /** The same concept as a facet of what the question names: see {@link KnowledgeSearcher}. */
    Concept asAspect() {
        return new Concept(words, phrases, true, excluded, name, here, misheard, context);
    }

    /** A facet word ("apre", "dove") or a one- or two-digit number: times, days and ages are facets too. */
    private static boolean isFacet(String word) {
        return Vocabulary.isAspect(word) || SHORT_NUMBER.matcher(word).matches();
    }

    List<String> own() {
        return phrases.get(0);
    }

    /**
     * The concepts of a question, in order, one per word or synonym phrase; stopwords and the words that set
     * something aside are gone. {@code known} tells whether the index has a term, {@code nearlyKnown} whether it has
     * one the term is a likely slip of: they let words a recogniser split ("ba dante", "calvi rate") be joined again;
     * {@code soundsKnown} whether it has one that sounds the same, which a mistyped stopword or facet word gives way
     * to ({@link SpeechRepair}); {@code nameLookup} tells what a word beside another stands for in the content's names
     * ({@link TermLookup#meantName}).
     */
    static List<Concept> of(String question, QueryTerms terms, Synonyms synonyms, Predicate<String> known,
                            Predicate<String> nearlyKnown, Predicate<String> soundsKnown, NameLookup nameLookup) {
        // one question asks for the same words' terms many times while repairing it: analyse each once
        Map<String, Optional<String>> termCache = new HashMap<>();
        Function<String, String> termOf = word -> termCache.computeIfAbsent(word, w -> Optional.ofNullable(terms.termOf(w)))
            .orElse(null);
        Map<String, Boolean> knownCache = new HashMap<>();
        Predicate<String> isKnown = term -> knownCache.computeIfAbsent(term, known::test);
        List<String> words = new ArrayList<>();
        List<String> indexTerms = new ArrayList<>();
        List<Boolean> setAside = new ArrayList<>();
        List<Boolean> names = new ArrayList<>();
        List<Boolean> here = new ArrayList<>();
        List<Boolean> comesWith = new ArrayList<>();
        List<String> repaired = new ArrayList<>();
        List<Boolean> inContext = new ArrayList<>();
        // each sentence is repaired on its own: a word is not joined across a full stop
        List<Sentences.Sentence> sentences = Sentences.of(question);
        List<List<String>> heard = sentences.stream().map(sentence -> terms.words(sentence.text())).toList();
        boolean[] asking = Sentences.asking(sentences, s -> heard.get(s).stream()
            .anyMatch(word -> termOf.apply(word) != null && !isFacet(word)));
        for (int s = 0; s < sentences.size(); s++) {
            List<String> part = SpeechRepair.repair(heard.get(s), termOf, isKnown, nearlyKnown, soundsKnown);
            repaired.addAll(part);
            inContext.addAll(Collections.nCopies(part.size(), !asking[s]));
        }
        List<Boolean> context = new ArrayList<>();
        List<Exclusions.Role> roles = Exclusions.roles(repaired, word -> termOf.apply(word) != null,
            ItalianLexicon.shared()::isOnlyVerb);
        boolean reaching = repaired.stream().anyMatch(Vocabulary::isReach);
        for (int w = 0; w < repaired.size(); w++) {
            String word = repaired.get(w);
            String term = termOf.apply(word);
            if (term != null && roles.get(w) != Exclusions.Role.MARKER) {
                words.add(word);
                indexTerms.add(term);
                setAside.add(roles.get(w) == Exclusions.Role.EXCLUDED);
                names.add(w > 0 && Vocabulary.isNameMarker(repaired.get(w - 1)) && !Vocabulary.isAspect(word)
                    && !Vocabulary.isHere(word) && !ItalianLexicon.shared().isOnlyVerb(word));
                here.add(Vocabulary.pointsHere(w > 0 ? repaired.get(w - 1) : null, word));
                comesWith.add(reaching && saidAfterWith(repaired, w, termOf));
                context.add(inContext.get(w));
            }
        }
        List<String> misheard = misheard(words, nameLookup, termOf);
        Map<List<String>, Concept> concepts = new LinkedHashMap<>();
        int i = 0;
        while (i < indexTerms.size()) {
            int length = Math.min(Synonyms.MAX_PHRASE, indexTerms.size() - i);
            while (length > 1 && synonyms.alternativesOf(indexTerms.subList(i, i + length)).isEmpty()) {
                length--;
            }
            List<String> own = List.copyOf(indexTerms.subList(i, i + length));
            List<List<String>> phrases = new ArrayList<>();
            phrases.add(own);
            phrases.addAll(synonyms.alternativesOf(own));
            List<String> spoken = words.subList(i, i + length);
            boolean aspect = spoken.stream().allMatch(Concept::isFacet)
                || comesWith.subList(i, i + length).stream().allMatch(Boolean::booleanValue);
            boolean contextual = context.subList(i, i + length).stream().allMatch(Boolean::booleanValue);
            List<String> meant = length == 1 && !aspect && misheard.get(i) != null ? List.of(misheard.get(i)) : List.of();
            boolean local = here.subList(i, i + length).stream().allMatch(Boolean::booleanValue);
            Concept concept = new Concept(String.join(" ", spoken), phrases, aspect, setAside.get(i), names.get(i) && !aspect, local,
                meant, contextual);
            // the same word said twice is one concept; beside another word it may show what it was misheard for
            concepts.merge(own, concept, (first, again) -> first.misheard().isEmpty() ? again : first);
            i += length;
        }
        return List.copyOf(concepts.values());
    }

    /**
     * Whether the word is what the person comes with ("con la carrozzina", "col deambulatore"): in a question about
     * reaching a place or getting in, that is how they move, a facet of the question like "dove", not what it is
     * about; "c'è una rampa per entrare con la carrozzina?" asks about the entrance, not for a wheelchair.
     */
    private static boolean saidAfterWith(List<String> words, int w, Function<String, String> termOf) {
        for (int k = w - 1; k >= Math.max(0, w - 2); k--) {
            if (WITH.contains(words.get(k))) {
                return true;
            }
            if (termOf.apply(words.get(k)) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * For each word, the index term of the name it was most likely misheard for, or null: a word that forms none of
     * the content's names with a word beside it, where the content has a name with that word that sounds close.
     */
    private static List<String> misheard(List<String> words, NameLookup names, Function<String, String> termOf) {
        List<String> meant = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            String before = w > 0 ? words.get(w - 1) : null;
            String after = w + 1 < words.size() ? words.get(w + 1) : null;
            String byBefore = before == null ? null : names.meant(before, word, true);
            String byAfter = after == null ? null : names.meant(after, word, false);
            boolean saidAsIs = word.equals(byBefore) || word.equals(byAfter);
            String found = byBefore != null ? byBefore : byAfter;
            meant.add(saidAsIs || found == null || isFacet(word) ? null : termOf.apply(found));
        }
        return meant;
    }

    /** What a word beside another stands for in the content's names: {@link TermLookup#meantName}. */
    @FunctionalInterface
    interface NameLookup {
        String meant(String anchor, String heard, boolean heardFollows);
    }
}
