package it.centrinrete.kb.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Finds the real HSDS examples shared by the project and copies them, named as content files, into test folders. */
final class HsdsExamples {
    private static final Path RELATIVE = Path.of("shared", "data", "hsds-examples");

    private HsdsExamples() {
    }

    /** The examples folder, found by walking up from the working directory (knowledge-base/ under Maven). */
    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(RELATIVE))) {
                return dir.resolve(RELATIVE);
            }
        }
        throw new IllegalStateException("cannot find " + RELATIVE + " above " + Path.of("").toAbsolutePath());
    }

    /** Copies an example ("service_full.json") into {@code dir} as "service_full.hsds.json", the name the loader reads. */
    static Path copy(String example, Path dir) {
        Path target = dir.resolve(example.replace(".json", ".hsds.json"));
        try {
            return Files.copy(folder().resolve(example), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String example) {
        try {
            return Files.readString(folder().resolve(example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a handmade fixture from src/test/resources/hsds/ into {@code dir}. */
    static Path fixture(String name, Path dir) {
        try (InputStream in = Objects.requireNonNull(HsdsExamples.class.getResourceAsStream("/hsds/" + name), name)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
