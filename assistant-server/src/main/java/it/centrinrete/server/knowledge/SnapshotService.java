package it.centrinrete.server.knowledge;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.snapshot.KnowledgeSnapshot;
import it.centrinrete.server.security.KioskGate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * {@code GET /api/v1/kb/snapshot}: the whole knowledge base as one zip, for kiosks to answer from when the server
 * cannot be reached. It carries an ETag, so a kiosk that checks every few minutes downloads it only after a change
 * ({@code If-None-Match} → 304).
 */
public final class SnapshotService implements HttpService {
    private final Knowledge knowledge;
    private final String synonyms;
    private final KioskGate gate;
    private final Clock clock;
    private volatile Built built;

    /** The snapshot of one version of the content: built once, served until the content changes. */
    private record Built(Content content, byte[] bytes, String etag) {
    }

    /**
     * @param synonyms the content folder's synonym list as operators wrote it (empty when it has none)
     */
    public SnapshotService(Knowledge knowledge, String synonyms, KioskGate gate, Clock clock) {
        this.knowledge = knowledge;
        this.synonyms = synonyms;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/kb/snapshot", this::snapshot);
    }

    private void snapshot(ServerRequest request, ServerResponse response) {
        gate.admit(request);
        Built current = current();
        response.header(HeaderNames.ETAG, current.etag());
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        boolean unchanged = request.headers().first(HeaderNames.IF_NONE_MATCH).map(current.etag()::equals).orElse(false);
        if (unchanged) {
            response.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        response.header(HeaderNames.CONTENT_TYPE, "application/zip");
        response.send(current.bytes());
    }

    /** The snapshot of the content searched now; rebuilt after an import or a deletion replaced it. */
    private Built current() {
        Content content = knowledge.content();
        Built last = built;
        if (last != null && last.content() == content) {
            return last;
        }
        byte[] bytes = new KnowledgeSnapshot(content, synonyms, clock.instant()).toBytes();
        Built fresh = new Built(content, bytes, "\"" + digest(content) + "\"");
        built = fresh;
        return fresh;
    }

    /** Of the entries and synonyms, not of the zip bytes, which change with the creation time. */
    private String digest(Content content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            content.entries().forEach(entry -> sha.update(entry.toString().getBytes(StandardCharsets.UTF_8)));
            sha.update(synonyms.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
