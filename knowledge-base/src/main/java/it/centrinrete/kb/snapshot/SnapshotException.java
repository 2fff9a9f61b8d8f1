package it.centrinrete.kb.snapshot;

import java.io.IOException;

/** A snapshot file that cannot be used: damaged, incomplete or of another format. */
public final class SnapshotException extends IOException {
    public SnapshotException(String message) {
        super(message);
    }
}
