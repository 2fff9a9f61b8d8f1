package it.centrinrete.kb.load;

import it.centrinrete.kb.hsds.HsdsFormat;
import java.util.List;

/** The content formats the product reads, in one place. */
public final class ContentFormats {
    private ContentFormats() {
    }

    /** Native YAML entries and HSDS 3 JSON files. */
    public static ContentLoader loader() {
        return new ContentLoader(List.of(new NativeFormat(), new HsdsFormat()));
    }
}
