package it.centrinrete.server.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import it.centrinrete.server.http.ApiException;

/** The door of every kiosk endpoint: a valid bearer token, and not more requests than the kiosk's share; notes who came. */
public final class KioskGate {
    private final KioskTokens tokens;
    private final RateLimiter limiter;
    private final KioskPresence presence;

    public KioskGate(KioskTokens tokens, RateLimiter limiter, KioskPresence presence) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.presence = presence;
    }

    /** The kiosk making the request; a 401 without a valid token, a 429 when it asks too often. */
    public Kiosk admit(ServerRequest request) {
        Kiosk kiosk = tokens.authenticate(request.headers().first(HeaderNames.AUTHORIZATION).orElse(null))
            .orElseThrow(ApiException::unauthorized);
        presence.seen(kiosk.name());
        if (!limiter.allow(kiosk.name())) {
            throw new ApiException(429, "rate_limited", "Too many requests from this kiosk in the last minute; please wait a moment.");
        }
        return kiosk;
    }
}
