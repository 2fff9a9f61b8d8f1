package it.centrinrete.kiosk.speech;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds programs on the PATH without running them, so checking for an engine has no side effects. */
final class Executables {

    private Executables() {
    }

    static boolean onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }
}
