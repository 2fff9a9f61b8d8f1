package it.centrinrete.server.admin;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The checks every console endpoint makes, in one place: a live session from the cookie, a role the endpoint
 * allows, and, for anything that changes state, the session's CSRF token echoed in {@code X-CSRF-Token}.
 */
public final class ConsoleGuard {
    public static final String COOKIE = "cir_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final ConsoleSessions sessions;

    public ConsoleGuard(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    public ConsoleSessions.Session require(ServerRequest request, Set<Role> roles, boolean changesState) {
        ConsoleSessions.Session session = sessions.find(sessionId(request))
            .orElseThrow(() -> new ApiException(401, "not_logged_in", "Please log in to the console first."));
        if (!roles.contains(session.account().role())) {
            throw new ApiException(403, "forbidden", "Your role may not do this.");
        }
        if (changesState) {
            String echoed = request.headers().first(HeaderNames.create(CSRF_HEADER)).orElse("");
            byte[] expected = session.csrfToken().getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(echoed.getBytes(StandardCharsets.UTF_8), expected)) {
                throw new ApiException(403, "csrf", "The request lacks the console's CSRF token.");
            }
        }
        return session;
    }

    /**
     * Whether the browser reached us over HTTPS: directly, or through a proxy that ended TLS and says so in
     * {@code X-Forwarded-Proto}. Trusting the header is safe here: it can only make the cookie stricter.
     */
    public static boolean overHttps(ServerRequest request) {
        return request.isSecure() || request.headers().first(HeaderNames.X_FORWARDED_PROTO)
            .map(proto -> proto.strip().equalsIgnoreCase("https")).orElse(false);
    }

    static String sessionId(ServerRequest request) {
        String cookies = request.headers().first(HeaderNames.COOKIE).orElse("");
        for (String cookie : cookies.split(";")) {
            String[] pair = cookie.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals(COOKIE)) {
                return pair[1];
            }
        }
        return null;
    }
}
