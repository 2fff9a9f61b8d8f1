package it.centrinrete.server.helpcalls;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.security.Kiosk;
import it.centrinrete.server.security.KioskGate;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/v1/help-calls}: a kiosk asks for a person; the body ({@link NewHelpCall}) is optional. */
public final class HelpCallService implements HttpService {
    private final HelpCalls calls;
    private final KioskGate gate;

    public HelpCallService(HelpCalls calls, KioskGate gate) {
        this.calls = calls;
        this.gate = gate;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/help-calls", this::call);
    }

    private void call(ServerRequest request, ServerResponse response) {
        Kiosk kiosk = gate.admit(request);
        String body = request.content().hasEntity() ? request.content().as(String.class) : "";
        NewHelpCall asked = body.isBlank() ? NewHelpCall.none() : Json.read(body, NewHelpCall.class);
        HelpCall call = calls.call(kiosk, asked.reason());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", call.id());
        result.put("status", call.status().name());
        result.put("calledAt", call.calledAt());
        Json.send(response, 201, result);
    }
}
