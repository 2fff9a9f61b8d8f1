package it.centrinrete.kb.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each (lowercase, accent-folded) word by a rough key of how it sounds in Italian, so that words a speech
 * recogniser or a hurried typist gets wrong in the same way still meet: "sante"/"zante", "ghinnastica"/"ginnastica",
 * "kiesa"/"chiesa", "aqua"/"acqua", "spit"/"spid". Double letters collapse and the final vowel is dropped because those are the
 * most common slips.
 */
public final class ItalianSoundFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ItalianSoundFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String key = key(term.toString());
        term.setEmpty().append(key);
        return true;
    }

    /** The sound key of one lowercase, accent-folded word. */
    static String key(String written) {
        String word = collapseDoubles(written);
        StringBuilder key = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            char next = at(word, i + 1);
            char mapped;
            int used = 1;
            switch (c) {
                case 'c', 'g' -> {
                    boolean soft = next == 'e' || next == 'i';
                    if (c == 'g' && next == 'n') {
                        mapped = 'n';
                        used = 2;
                    } else if (c == 'g' && next == 'l' && at(word, i + 2) == 'i') {
                        mapped = 'l';
                        used = 3;
                    } else if (soft) {
                        mapped = c == 'c' ? 'c' : 'j';
                        // "cia", "gio": the i only softens the consonant and is not heard
                        used = next == 'i' && isVowel(at(word, i + 2)) ? 2 : 1;
                    } else {
                        mapped = c == 'c' ? 'k' : 'g';
                        used = next == 'h' ? 2 : 1;
                    }
                }
                case 's' -> {
                    boolean sh = next == 'c' && (at(word, i + 2) == 'e' || at(word, i + 2) == 'i');
                    mapped = sh ? '$' : 's';
                    used = sh ? (at(word, i + 2) == 'i' && isVowel(at(word, i + 3)) ? 3 : 2) : 1;
                }
                case 'z', 'x' -> mapped = 's';
                // voiced and voiceless pairs are what recognisers confuse most ("spit" for "SPID")
                case 'd' -> mapped = 't';
                case 'b' -> mapped = 'p';
                case 'v' -> mapped = 'f';
                case 'q', 'k' -> mapped = 'k';
                case 'j', 'y' -> mapped = 'i';
                case 'w' -> mapped = 'f';
                case 'h' -> mapped = 0;
                default -> mapped = c;
            }
            if (mapped != 0 && (key.isEmpty() || key.charAt(key.length() - 1) != mapped)) {
                key.append(mapped);
            }
            i += used;
        }
        if (key.length() > 3 && isVowel(key.charAt(key.length() - 1))) {
            key.setLength(key.length() - 1);
        }
        return key.toString();
    }

    /** "vaccino" is said "vacino": a doubled letter is one sound, and must not turn "cc" + "i" into a hard c. */
    private static String collapseDoubles(String word) {
        StringBuilder single = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                single.append(word.charAt(i));
            }
        }
        return single.toString();
    }

    private static char at(String word, int index) {
        return index < word.length() ? word.charAt(index) : 0;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
