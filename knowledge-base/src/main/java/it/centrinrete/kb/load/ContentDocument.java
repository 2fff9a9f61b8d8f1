package it.centrinrete.kb.load;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One parsed content file. YAML and JSON go through the same YAML 1.2 parser (JSON is a subset of it), so both
 * keep the line of every value and are reported the same way.
 */
public final class ContentDocument {
    /** Content files are small; this bounds what a hostile upload can make the parser hold. */
    private static final int MAX_CHARACTERS = 20 * 1024 * 1024;

    private final String name;
    private final Field root;
    private final ReadTracker tracker;

    private ContentDocument(String name, Field root, ReadTracker tracker) {
        this.name = name;
        this.root = root;
        this.tracker = tracker;
    }

    /** Reads a UTF-8 file; {@code name} is how reports will call it. */
    public static ContentDocument read(Path file, String name) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        } catch (CharacterCodingException e) {
            throw new FieldException(0, "", "is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new FieldException(0, "", "cannot be read: " + e.getMessage());
        }
        return parse(name, text);
    }

    public static ContentDocument parse(String name, String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new FieldException(0, "", "is larger than " + MAX_CHARACTERS / (1024 * 1024) + " MB");
        }
        // a BOM is common in files saved by Windows editors and would otherwise hide the first key
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LoadSettings settings = LoadSettings.builder()
            .setLabel(name)
            .setMaxAliasesForCollections(50)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(MAX_CHARACTERS)
            .build();
        try (Reader reader = new StringReader(clean)) {
            List<Node> documents = new ArrayList<>();
            new Compose(settings).composeAllFromReader(reader).forEach(documents::add);
            if (documents.isEmpty()) {
                throw new FieldException(0, "", "is empty");
            }
            if (documents.size() > 1) {
                throw new FieldException(documents.get(1).getStartMark().map(m -> m.getLine() + 1).orElse(0), "",
                    "holds more than one document ('---'); write one entry per file");
            }
            ReadTracker tracker = new ReadTracker();
            return new ContentDocument(name, new Field("", documents.get(0), tracker), tracker);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            throw new FieldException(line, "", "is not valid YAML or JSON: " + e.getProblem().strip());
        } catch (YamlEngineException e) {
            throw new FieldException(0, "", "is not valid YAML or JSON: " + e.getMessage());
        } catch (IOException e) {
            throw new FieldException(0, "", "cannot be read: " + e.getMessage());
        }
    }

    public String name() {
        return name;
    }

    public Field root() {
        return root;
    }

    /** Fields present in the file that no reader used, reported as warnings so typos are seen. */
    public List<ContentProblem> unreadFieldWarnings() {
        return tracker.unread().stream()
            .map(field -> new ContentProblem(name, field.line(), field.path(), "is not a known field and was ignored",
                ContentProblem.Severity.WARNING))
            .toList();
    }
}
