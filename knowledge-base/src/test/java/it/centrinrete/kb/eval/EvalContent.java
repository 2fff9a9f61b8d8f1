package it.centrinrete.kb.eval;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.LoadResult;
import it.centrinrete.kb.load.SampleContent;

/** The sample content, loaded once, failing loudly if it has errors: the evaluation must run on all of it. */
final class EvalContent {
    private EvalContent() {
    }

    static Content load() {
        LoadResult result = ContentFormats.loader().load(SampleContent.folder());
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("the sample content has errors: " + result.errors());
        }
        return result.content();
    }
}
