package it.centrinrete.kiosk.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;

/**
 * A stand-in for the {@code piper} binary, written by the test as a small shell script: it answers {@code --help} as
 * Piper does, refuses any command line but the one the kiosk should use (exit 2), keeps what it read on stdin and the
 * length scale it was given, and writes a square wave as raw 16-bit little-endian mono PCM — or, when the text
 * contains "{@value #ENDLESS}", keeps writing until it is killed.
 */
final class FakePiper {

    /** A word in the text that makes the fake talk for ever, like a very long answer. */
    static final String ENDLESS = "senzafine";
    /** Bytes of one ordinary utterance: 8 bytes of pattern doubled 11 times, 8192 samples. */
    static final int BYTES = 8 << 11;

    final Path binary;
    final Path stdin;
    final Path lengthScale;

    private FakePiper(Path dir) {
        this.binary = dir.resolve("piper");
        this.stdin = dir.resolve("stdin.txt");
        this.lengthScale = dir.resolve("length_scale.txt");
    }

    /** A fake that accepts only {@code --model <model> --output_raw --length_scale <n>}. */
    static FakePiper expecting(Path dir, Path model) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "skipped: the fake piper is a /bin/sh script");
        FakePiper fake = new FakePiper(dir);
        // two samples at +16384, two at -16384: a loud square wave whatever the rate
        script(fake.binary, """
            #!/bin/sh
            if [ "$1" = "--help" ]; then
              echo "usage: piper [options]"; echo "   --output_raw    output raw audio to stdout as it becomes available"; exit 0
            fi
            if [ "$#" -ne 5 ] || [ "$1" != "--model" ] || [ "$2" != "%1$s" ] || [ "$3" != "--output_raw" ] \\
                || [ "$4" != "--length_scale" ]; then
              echo "unexpected arguments: $*" >&2; exit 2
            fi
            printf '%%s' "$5" > "%2$s"
            cat > "%3$s"
            wave="%4$s/wave.$$"
            printf '\\000\\100\\000\\100\\000\\300\\000\\300' > "$wave"
            i=0
            while [ $i -lt 11 ]; do cat "$wave" "$wave" > "$wave.2"; mv "$wave.2" "$wave"; i=$((i + 1)); done
            case "$(cat "%3$s")" in
              *%5$s*) while cat "$wave"; do :; done ;;
              *) cat "$wave" ;;
            esac
            rm -f "$wave"
            """.formatted(model, fake.lengthScale, fake.stdin, dir, ENDLESS));
        return fake;
    }

    /** An executable script with this text. */
    static Path script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    /** The running fake piper processes started by this JVM. */
    ProcessHandle[] running() {
        return ProcessHandle.current().children()
            .filter(p -> p.info().commandLine().map(c -> c.contains(binary.toString())).orElse(false))
            .toArray(ProcessHandle[]::new);
    }
}
