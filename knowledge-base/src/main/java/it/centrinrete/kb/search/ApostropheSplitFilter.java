package it.centrinrete.kb.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits what the elision filter leaves joined by an apostrophe into its words: "sant'ambrogio" → "sant",
 * "ambrogio"; "settant'anni" → "settant", "anni". People and recognisers write these with or without the
 * apostrophe, and a space, so the parts must match on their own.
 */
public final class ApostropheSplitFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    public ApostropheSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.removeFirst());
            position.setPositionIncrement(1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String text = term.toString();
        int apostrophe = Math.max(text.indexOf('\''), text.indexOf('’'));
        if (apostrophe < 0) {
            return true;
        }
        for (String part : text.split("['’]")) {
            if (!part.isEmpty()) {
                pending.addLast(part);
            }
        }
        if (pending.isEmpty()) {
            return true;
        }
        state = captureState();
        term.setEmpty().append(pending.removeFirst());
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
