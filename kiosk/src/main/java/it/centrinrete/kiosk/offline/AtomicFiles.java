package it.centrinrete.kiosk.offline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Writing files so that a kiosk switched off at any instant leaves either the old file or the new one, never half
 * of one: write a temporary file beside it, force it to the disk, rename it over the target, force the folder.
 */
final class AtomicFiles {
    /** Temporary files start with a dot and end with this; readers skip them and a restart deletes them. */
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncFolder(folder);
    }

    static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            syncFolder(file.toAbsolutePath().getParent());
        }
    }

    /**
     * Deletes the files in {@code folder} last written before {@code before} (temporary ones are left to the restart).
     *
     * @return how many were deleted
     */
    static int deleteOlder(Path folder, Instant before) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && !isTemporary(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            syncFolder(folder);
        }
        return deleted;
    }

    /** Deletes the temporary files a kill during a write left: their write never returned, so nobody relies on them. */
    static void deleteTemporary(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (isTemporary(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Makes a rename or a deletion itself durable; Windows cannot open a folder this way and needs no such step. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // best effort by design: see the method's comment
        }
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }
}
