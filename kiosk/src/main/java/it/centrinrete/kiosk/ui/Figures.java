package it.centrinrete.kiosk.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process figures the kiosk logs about itself: time since the JVM started, resident memory. */
public final class Figures {
    private Figures() {
    }

    /** Milliseconds since the JVM started. */
    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Resident set size of this process in MB (VmRSS of {@code /proc/self/status}); -1 where there is no /proc. */
    public static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // not Linux: no figure
        }
        return -1;
    }
}
