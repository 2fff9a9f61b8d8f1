package it.centrinrete.kb.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The snapshot file: a zip with {@code manifest.json} (format, time, entry count), {@code entries.json} and
 * {@code synonyms.txt}. A kiosk writes it to disk as it arrives and builds its own index from it.
 *
 * @param synonyms the synonym list's text, as operators wrote it
 */
public record KnowledgeSnapshot(Content content, String synonyms, Instant createdAt) {
    static final int FORMAT = 1;
    private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    public KnowledgeSnapshot {
        synonyms = synonyms == null ? "" : synonyms;
    }

    public void write(OutputStream out) throws IOException {
        EntryJson json = new EntryJson();
        ObjectNode manifest = json.mapper().createObjectNode()
            .put("format", FORMAT).put("createdAt", createdAt.toString()).put("entries", content.size());
        ArrayNode entries = json.mapper().createArrayNode();
        content.entries().forEach(entry -> entries.add(json.toTree(entry)));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "manifest.json", manifest.toString());
            put(zip, "entries.json", entries.toString());
            put(zip, "synonyms.txt", synonyms);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Reads a snapshot; a damaged or foreign file is refused whole rather than half-loaded. */
    public static KnowledgeSnapshot read(InputStream in) throws IOException {
        EntryJson json = new EntryJson();
        JsonNode manifest = null;
        JsonNode entries = null;
        String synonyms = "";
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry file = zip.getNextEntry(); file != null; file = zip.getNextEntry()) {
                byte[] bytes = zip.readNBytes((int) MAX_ENTRY_BYTES + 1);
                if (bytes.length > MAX_ENTRY_BYTES) {
                    throw new SnapshotException(file.getName() + " is larger than the snapshot limit");
                }
                String text = new String(bytes, StandardCharsets.UTF_8);
                switch (file.getName()) {
                    case "manifest.json" -> manifest = json.mapper().readTree(text);
                    case "entries.json" -> entries = json.mapper().readTree(text);
                    case "synonyms.txt" -> synonyms = text;
                    default -> {
                    }
                }
            }
        }
        if (manifest == null || entries == null || !entries.isArray()) {
            throw new SnapshotException("not a knowledge-base snapshot: manifest.json or entries.json is missing");
        }
        if (manifest.path("format").asInt() != FORMAT) {
            throw new SnapshotException("snapshot format " + manifest.path("format") + " is not the supported " + FORMAT);
        }
        List<Entry> list = new ArrayList<>();
        for (JsonNode node : entries) {
            list.add(json.fromTree(node));
        }
        if (list.size() != manifest.path("entries").asInt()) {
            throw new SnapshotException("the snapshot is incomplete: " + list.size() + " entries of " + manifest.path("entries"));
        }
        return new KnowledgeSnapshot(Content.of(list), synonyms, Instant.parse(manifest.path("createdAt").asText()));
    }
}
