package it.centrinrete.server.console;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.server.admin.ConsoleGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@code /console}: the console's pages, scripts and style sheet, read from the classpath ({@code console/…}) and kept
 * in memory. Only plain file names are served, so nothing else on the classpath can be reached. Every response carries
 * headers that forbid inline scripts, framing and content sniffing: the pages build their text with {@code textContent},
 * and the policy is the second line of defence should a page ever not.
 */
public final class ConsoleAssets implements HttpService {
    /** Scripts and styles from this server only, no inline code, no plugins, never inside a frame. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.(html|js|css|svg|png|ico)");
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=UTF-8",
        "js", "text/javascript; charset=UTF-8",
        "css", "text/css; charset=UTF-8",
        "svg", "image/svg+xml",
        "png", "image/png",
        "ico", "image/x-icon");

    /** One file, read once. */
    private record Asset(byte[] bytes, String type, String etag) {
    }

    private final ClassLoader loader = ConsoleAssets.class.getClassLoader();
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (request, response) -> serve(request, response, "index.html"))
            .get("/{file}", (request, response) -> serve(request, response, request.path().pathParameters().get("file")));
    }

    /** {@code /console} without the slash: relative links in the pages need it. */
    public static void redirect(ServerRequest request, ServerResponse response) {
        secure(request, response);
        response.status(Status.MOVED_PERMANENTLY_301).header(HeaderNames.LOCATION, "/console/").send();
    }

    private void serve(ServerRequest request, ServerResponse response, String name) {
        secure(request, response);
        Optional<Asset> asset = NAME.matcher(name).matches() ? cache.computeIfAbsent(name, this::read) : Optional.empty();
        if (asset.isEmpty()) {
            response.status(Status.NOT_FOUND_404).header(HeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .send("Pagina non trovata.");
            return;
        }
        response.header(HeaderNames.ETAG, asset.get().etag());
        // always asked again, cheaply: a new version of the console is seen at the next page load
        response.header(HeaderNames.CACHE_CONTROL, "no-cache");
        if (request.headers().first(HeaderNames.IF_NONE_MATCH).map(asset.get().etag()::equals).orElse(false)) {
            response.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        response.header(HeaderNames.CONTENT_TYPE, asset.get().type()).send(asset.get().bytes());
    }

    static void secure(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.create("Content-Security-Policy"), POLICY);
        response.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        response.header(HeaderNames.create("X-Frame-Options"), "DENY");
        response.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
        response.header(HeaderNames.create("Cross-Origin-Opener-Policy"), "same-origin");
        if (ConsoleGuard.overHttps(request)) {
            response.header(HeaderNames.STRICT_TRANSPORT_SECURITY, "max-age=31536000");
        }
    }

    private Optional<Asset> read(String name) {
        try (InputStream in = loader.getResourceAsStream("console/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
            return Optional.of(new Asset(bytes, type, "\"" + digest(bytes) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console file " + name, e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
