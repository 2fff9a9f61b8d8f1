package it.centrinrete.kb.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Reduces the verb endings people use in questions to the stem the content's nouns share: "prenotare",
 * "prenotata" → "prenot" (as "prenotazione" is not, but "prenoto" and "prenota" are); "iscriversi" → "iscriv".
 * Pronouns glued to an infinitive go first ("comprarlo" → "comprare"). Only endings that come in complete
 * families are cut (-ato/-ata/-ati/-ate, -ito…, -are/-ere/-ire, reflexives), so a noun and its plural always
 * meet; -ano and -ono are left alone, since "telefono" and "anziano" end so too.
 * A stem shorter than four letters is never produced, and a participle keeps its ending when the cut would make it
 * another noun's stem: "sindacato" is no "sindaco", "soldato" no "soldo", "si è piantato" no "pianto".
 */
public final class VerbEndingFilter extends TokenFilter {
    private static final String[] ENDINGS = {
        "iare", "iato", "iata", "iati", "iate", "arsi", "ersi", "irsi", "armi", "ermi", "irmi",
        "are", "ere", "ire", "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "ando", "endo"};
    private static final int MIN_STEM = 4;
    /** Pronouns Italian glues to an infinitive: "medicarla", "comprarlo", "scriverlo", "iscrivermi". */
    static final String[] CLITICS = {"gliela", "glielo", "gliele", "glieli", "gliene", "mela", "melo", "tela", "telo",
        "sela", "selo", "la", "lo", "li", "le", "mi", "ti", "ci", "vi", "si", "ne", "gli"};

    private static final Set<String> SHORT_INFINITIVES = Set.of("far", "dar", "dir", "aver", "star");
    private static final Set<String> PARTICIPLES = Set.of("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti",
        "ute");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public VerbEndingFilter(TokenStream input) {
        super(input);
    }

    /**
     * "medicarla" → "medicare": a clitic counts only when what is left is an infinitive (-ar, -er, -ir) long enough
     * not to be a word of its own ("perla" is no "pere" + "la"), or one of the short verbs people glue pronouns to
     * most ("farlo", "darmi", "dirgli").
     */
    static String withoutClitic(String word) {
        for (String clitic : CLITICS) {
            if (word.endsWith(clitic)) {
                String infinitive = word.substring(0, word.length() - clitic.length());
                if ((infinitive.length() >= MIN_STEM + 1 || SHORT_INFINITIVES.contains(infinitive)) && isInfinitiveStem(infinitive)) {
                    return infinitive + "e";
                }
            }
        }
        return word;
    }

    /** Ends in -ar, -er or -ir (what {@code matches(".*[aei]r")} said, without a regular expression per word). */
    private static boolean isInfinitiveStem(String word) {
        int n = word.length();
        if (n < 2 || word.charAt(n - 1) != 'r') {
            return false;
        }
        char vowel = word.charAt(n - 2);
        return (vowel == 'a' || vowel == 'e' || vowel == 'i') && word.chars().noneMatch(VerbEndingFilter::isLineBreak);
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether the stem with -o is a noun of its own ("sindac" → "sindaco"), which the final-vowel filter reduces to
     * the same stem: a participle cut to it would stand for that noun. Such a participle then meets only its own
     * forms ("lavorato" no longer meets "lavorare", which "lavoro" still does): measured, the merges lost cost no
     * question, the ones avoided were wrong answers. Lookups are remembered by the lexicon.
     */
    private static boolean isNounStem(String stem) {
        return ItalianLexicon.shared().classOf(stem + "o") == ItalianLexicon.WordClass.NOUN;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = withoutClitic(term.toString());
            for (String ending : ENDINGS) {
                if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                    String stem = word.substring(0, word.length() - ending.length());
                    word = PARTICIPLES.contains(ending) && isNounStem(stem) ? word : stem;
                    break;
                }
            }
            term.setEmpty().append(word);
        }
        return true;
    }
}
