package it.centrinrete.kiosk.net;

/**
 * A knowledge-base snapshot as downloaded ({@code GET /api/v1/kb/snapshot}).
 *
 * @param zip the snapshot file's bytes, to be read with {@code KnowledgeSnapshot.read}; not copied, do not change them
 * @param etag the version to send back as {@code If-None-Match}; null if the server gave none
 */
public record SnapshotDownload(byte[] zip, String etag) {
}
