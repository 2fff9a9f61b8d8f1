package it.centrinrete.server.ask;

import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.security.Kiosk;
import it.centrinrete.server.security.KioskTokens;
import it.centrinrete.server.security.RateLimiter;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code POST /api/v1/ask}: parse, check the kiosk, ask the assistant, write the answer. */
public final class AskService implements HttpService {
    private final Assistant assistant;
    private final KioskTokens kiosks;
    private final RateLimiter limiter;
    private final AskMetrics metrics = new AskMetrics();

    public AskService(Assistant assistant, KioskTokens kiosks, RateLimiter limiter) {
        this.assistant = assistant;
        this.kiosks = kiosks;
        this.limiter = limiter;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/ask", this::ask);
    }

    private void ask(ServerRequest request, ServerResponse response) {
        Kiosk kiosk = kiosks.authenticate(request.headers().first(HeaderNames.AUTHORIZATION).orElse(null))
            .orElseThrow(ApiException::unauthorized);
        if (!limiter.allow(kiosk.name())) {
            throw new ApiException(429, "rate_limited",
                "Too many questions from this kiosk in the last minute; please wait a moment.");
        }
        AskRequest ask = Json.read(request, AskRequest.class);
        long started = System.nanoTime();
        Answer answer = assistant.ask(ask, kiosk);
        metrics.record(answer, started);
        Json.send(response, 200, answer);
    }
}
