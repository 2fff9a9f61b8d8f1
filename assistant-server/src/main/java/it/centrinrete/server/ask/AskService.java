package it.centrinrete.server.ask;

import it.centrinrete.server.http.Json;
import it.centrinrete.server.security.Kiosk;
import it.centrinrete.server.security.KioskGate;
import it.centrinrete.server.usage.UsageCounter;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code POST /api/v1/ask}: parse, check the kiosk, ask the assistant, write the answer. */
public final class AskService implements HttpService {
    private final Assistant assistant;
    private final KioskGate gate;
    private final UsageCounter usage;
    private final AskMetrics metrics = new AskMetrics();
    private final AnswerDesk desk = AnswerDesk.perCore();

    public AskService(Assistant assistant, KioskGate gate, UsageCounter usage) {
        this.assistant = assistant;
        this.gate = gate;
        this.usage = usage;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/ask", this::ask);
    }

    private void ask(ServerRequest request, ServerResponse response) {
        Kiosk kiosk = gate.admit(request);
        AskRequest ask = Json.read(request, AskRequest.class);
        long started = System.nanoTime();
        Answer answer = desk.serve(() -> assistant.ask(ask, kiosk));
        metrics.record(answer, started);
        usage.record(kiosk.name(), kiosk.centreId(), answer.answered());
        Json.send(response, 200, answer);
    }
}
