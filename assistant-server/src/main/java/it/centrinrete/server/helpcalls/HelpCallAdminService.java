package it.centrinrete.server.helpcalls;

import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.admin.CentreScope;
import it.centrinrete.server.admin.ConsoleGuard;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.Json;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /api/v1/admin/help-calls}: the recent calls, a live stream of them (Server-Sent Events), and taking one.
 * Admins see every centre's calls, operators their own centre's.
 *
 * <p>The stream sends a comment every {@code heartbeat}: that keeps proxies from closing a quiet connection, and it is
 * how the server notices a browser that went away (the write fails) — the stream then ends and its listener is
 * removed. The stream also ends when the console session ends or the server stops.
 */
public final class HelpCallAdminService implements HttpService {
    private static final Logger LOG = Logger.getLogger(HelpCallAdminService.class.getName());
    private static final Set<Role> OPERATORS = Set.of(Role.ADMIN, Role.OPERATOR);
    private static final int MOST_ROWS = 200;

    private final ConsoleSessions sessions;
    private final ConsoleGuard guard;
    private final HelpCalls calls;
    private final Function<String, String> centreNames;
    private final Duration heartbeat;

    /**
     * @param centreNames a centre's name from its id (the id itself when unknown)
     * @param heartbeat how often a quiet stream sends a comment
     */
    public HelpCallAdminService(ConsoleSessions sessions, HelpCalls calls, Function<String, String> centreNames, Duration heartbeat) {
        this.sessions = sessions;
        this.guard = new ConsoleGuard(sessions);
        this.calls = calls;
        this.centreNames = centreNames;
        this.heartbeat = heartbeat;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/help-calls", this::recent)
            .get("/help-calls/events", this::events)
            .post("/help-calls/{id}/acknowledge", this::acknowledge);
    }

    /** {@code GET /help-calls?centre=&limit=}: newest first. */
    private void recent(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, false).account();
        String centre = CentreScope.listingCentre(account, request.query().first("centre").orElse(null));
        int limit = request.query().first("limit").map(HelpCallAdminService::limit).orElse(50);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        Json.send(response, 200, calls.recent(centre, limit).stream().map(this::describe).toList());
    }

    private void acknowledge(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        HelpCall call = call(request.path().pathParameters().get("id"));
        CentreScope.requireOwnCentre(account, call.centreId());
        Json.send(response, 200, describe(calls.acknowledge(call.id(), account.username())));
    }

    /** {@code GET /help-calls/events}: one {@code help-call} event per new or taken call, as the list describes it. */
    private void events(ServerRequest request, ServerResponse response) {
        ConsoleSessions.Session session = guard.require(request, OPERATORS, false);
        String centre = CentreScope.listingCentre(session.account(), null);
        Optional<HelpCallHub.Listener> listening = calls.hub().listen(centre);
        if (listening.isEmpty()) {
            throw new ApiException(503, "busy", "Too many consoles are listening for help calls, or the server is stopping.");
        }
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        try (HelpCallHub.Listener listener = listening.get(); SseSink sink = response.sink(SseSink.TYPE)) {
            // the browser reconnects by itself after this long when the stream breaks
            sink.emit(SseEvent.builder().comment("ascolto").reconnectDelay(Duration.ofSeconds(3)).build());
            while (!listener.ended() && sessions.isLive(session.id())) {
                Optional<HelpCall> call = listener.next(heartbeat);
                if (call.isPresent()) {
                    sink.emit(SseEvent.builder().name("help-call").id(Long.toString(call.get().id()))
                        .data(Json.write(describe(call.get()))).build());
                } else if (!listener.ended()) {
                    sink.emit(SseEvent.builder().comment("").build());
                }
            }
        } catch (UncheckedIOException | CloseConnectionException e) {
            LOG.log(Level.FINE, "a console stopped listening for help calls", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HelpCall call(String text) {
        try {
            return calls.find(Long.parseLong(text)).orElseThrow(() -> new ApiException(404, "unknown_help_call",
                "There is no help call " + text + "."));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "unknown_help_call", "Help calls are numbered; there is no call '"
                + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'.");
        }
    }

    private Map<String, Object> describe(HelpCall call) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", call.id());
        body.put("kiosk", call.kioskName());
        body.put("centre", call.centreId());
        body.put("centreName", call.centreId() == null ? null : centreNames.apply(call.centreId()));
        body.put("reason", call.reason());
        body.put("calledAt", call.calledAt());
        body.put("status", call.status().name());
        body.put("acknowledgedBy", call.acknowledgedBy());
        body.put("acknowledgedAt", call.acknowledgedAt());
        return body;
    }

    private static int limit(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MOST_ROWS) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // refused below like any other bad value
        }
        throw ApiException.badRequest("invalid_limit", "'limit' must be a whole number from 1 to " + MOST_ROWS + ".");
    }
}
