package it.centrinrete.kb.load;

import java.util.List;

/** A kind of content file the loader understands. */
public interface ContentFormat {

    /** Whether this format reads the file at {@code relativePath} (forward slashes, relative to the content folder). */
    boolean accepts(String relativePath);

    /**
     * Reads the entries of one parsed file. Problems that spoil the whole file are thrown as {@link FieldException};
     * problems that spoil only a part are added to {@code problems} and the rest is returned.
     */
    List<LoadedEntry> read(ContentDocument document, String relativePath, List<ContentProblem> problems);
}
