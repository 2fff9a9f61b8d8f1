package it.centrinrete.server.questions;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.admin.ConsoleGuard;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.knowledge.ImportReport;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/admin/unanswered/…}: the questions kiosks could not answer, grouped, and the three things operators do
 * with a group. Admins and operators only, with the CSRF token for changes.
 */
public final class QuestionService implements HttpService {
    private static final Set<Role> OPERATORS = Set.of(Role.ADMIN, Role.OPERATOR);

    private final ConsoleGuard guard;
    private final QuestionDesk desk;

    public QuestionService(ConsoleSessions sessions, QuestionDesk desk) {
        this.guard = new ConsoleGuard(sessions);
        this.desk = desk;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/unanswered/groups", this::groups)
            .post("/unanswered/faq", this::faq)
            .post("/unanswered/link", this::link)
            .post("/unanswered/handled", this::handled);
    }

    private void groups(ServerRequest request, ServerResponse response) {
        guard.require(request, OPERATORS, false);
        Json.send(response, 200, desk.groups());
    }

    private void faq(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        ImportReport report = desk.makeFaq(account, Json.read(request, NewFaq.class));
        Json.send(response, 201, report);
    }

    private void link(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        Json.send(response, 200, desk.link(account, Json.read(request, QuestionLink.class)));
    }

    private void handled(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, true).account();
        int changed = desk.markHandled(account, Json.read(request, HandledQuestions.class).questionIds());
        Json.send(response, 200, Map.of("handled", changed));
    }
}
