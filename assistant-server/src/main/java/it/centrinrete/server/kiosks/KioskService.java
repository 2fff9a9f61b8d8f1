package it.centrinrete.server.kiosks;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.knowledge.Knowledge;
import it.centrinrete.server.security.Kiosk;
import it.centrinrete.server.security.KioskGate;
import it.centrinrete.server.security.KioskTokens;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/v1/kiosk}: a kiosk reads what the server keeps about it — its name, centre and practice mode. */
public final class KioskService implements HttpService {
    private final KioskGate gate;
    private final KioskTokens kiosks;
    private final Knowledge knowledge;

    public KioskService(KioskGate gate, KioskTokens kiosks, Knowledge knowledge) {
        this.gate = gate;
        this.kiosks = kiosks;
        this.knowledge = knowledge;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/kiosk", this::self);
    }

    private void self(ServerRequest request, ServerResponse response) {
        Kiosk kiosk = gate.admit(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", kiosk.name());
        body.put("centreId", kiosk.centreId());
        body.put("centreName", kiosk.centreId() == null ? null
            : knowledge.content().find(kiosk.centreId(), Centre.class).map(Centre::name).orElse(null));
        // read afresh, not from the token cache: a tutor's switch shows at the kiosk's next look
        body.put("practiceMode", kiosks.find(kiosk.name()).map(KioskTokens.Listed::practiceMode).orElse(false));
        Json.send(response, 200, body);
    }
}
