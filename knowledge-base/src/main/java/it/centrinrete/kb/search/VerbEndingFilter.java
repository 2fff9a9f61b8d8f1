package it.centrinrete.kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Reduces the verb endings people use in questions to the stem the content's nouns share: "prenotare",
 * "prenotata" → "prenot" (as "prenotazione" is not, but "prenoto" and "prenota" are); "iscriversi" → "iscriv".
 * Only endings that come in complete families are cut (-ato/-ata/-ati/-ate, -ito…, -are/-ere/-ire, reflexives),
 * so a noun and its plural always meet; -ano and -ono are left alone, since "telefono" and "anziano" end so too.
 * A stem shorter than four letters is never produced.
 */
public final class VerbEndingFilter extends TokenFilter {
    private static final String[] ENDINGS = {
        "iare", "iato", "iata", "iati", "iate", "arsi", "ersi", "irsi", "armi", "ermi", "irmi",
        "are", "ere", "ire", "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "ando", "endo"};
    private static final int MIN_STEM = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public VerbEndingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = term.toString();
            for (String ending : ENDINGS) {
                if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                    term.setLength(word.length() - ending.length());
                    break;
                }
            }
        }
        return true;
    }
}
