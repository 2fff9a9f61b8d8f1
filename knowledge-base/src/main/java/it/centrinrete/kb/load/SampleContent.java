package it.centrinrete.kb.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample content for Municipio 4 and 5 bundled with the knowledge base, as a folder the loader can read
 * whether the classes run from a build folder or from inside a jar.
 */
public final class SampleContent {
    private static final String RESOURCE = "/sample-content";

    private SampleContent() {
    }

    public static Path folder() {
        URL url = SampleContent.class.getResource(RESOURCE + "/centres");
        if (url == null) {
            throw new IllegalStateException("the sample content is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath(RESOURCE);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected sample content location " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the jar holding the sample content", e);
        }
    }
}
