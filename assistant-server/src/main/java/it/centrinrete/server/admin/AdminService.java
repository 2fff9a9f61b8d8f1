package it.centrinrete.server.admin;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.AccountStore;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.LoginThrottle;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.knowledge.ImportReport;
import it.centrinrete.server.knowledge.Knowledge;
import it.centrinrete.server.persistence.UnansweredLog;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/admin}: login and logout, who am I, unanswered questions, importing and deleting entries,
 * rebuilding the index, accounts. Kiosks are {@code kiosks.KioskAdminService}'s.
 */
public final class AdminService implements HttpService {
    private static final Set<Role> ANYONE = Set.of(Role.ADMIN, Role.OPERATOR, Role.TUTOR);
    private static final Set<Role> OPERATORS = Set.of(Role.ADMIN, Role.OPERATOR);
    private static final Set<Role> ADMINS = Set.of(Role.ADMIN);

    private final AccountStore accounts;
    private final ConsoleSessions sessions;
    private final LoginThrottle throttle;
    private final ConsoleGuard guard;
    private final UnansweredLog unanswered;
    private final Knowledge knowledge;
    private final AuditLog audit;

    public AdminService(AccountStore accounts, ConsoleSessions sessions, LoginThrottle throttle, UnansweredLog unanswered,
                        Knowledge knowledge, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.guard = new ConsoleGuard(sessions);
        this.unanswered = unanswered;
        this.knowledge = knowledge;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/login", this::login)
            .post("/logout", this::logout)
            .get("/me", this::me)
            .post("/password", this::changePassword)
            .get("/unanswered", this::unanswered)
            .post("/index/rebuild", this::rebuild)
            .post("/import", this::importFile)
            .delete("/entries/{id}", this::deleteEntry)
            .post("/accounts", this::createAccount);
    }

    private void login(ServerRequest request, ServerResponse response) {
        LoginRequest login = Json.read(request, LoginRequest.class);
        Duration wait = throttle.waitFor(login.username());
        if (!wait.isZero()) {
            response.header(HeaderNames.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
            throw new ApiException(429, "too_many_attempts", "Too many failed logins for this name; try again in "
                + Math.max(1, wait.toSeconds()) + " seconds.");
        }
        Account account = accounts.verify(login.username(), login.password()).orElseThrow(() -> {
            throttle.failed(login.username());
            return new ApiException(401, "invalid_credentials", "Wrong name or password.");
        });
        throttle.succeeded(login.username());
        ConsoleSessions.Session session = sessions.open(account);
        // HttpOnly: scripts cannot read it; SameSite=Strict: other sites cannot make the browser send it
        response.header(HeaderNames.SET_COOKIE, ConsoleGuard.COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict"
            + (ConsoleGuard.overHttps(request) ? "; Secure" : ""));
        Json.send(response, 200, describe(session));
    }

    private void logout(ServerRequest request, ServerResponse response) {
        ConsoleSessions.Session session = guard.require(request, ANYONE, true);
        sessions.close(session.id());
        response.header(HeaderNames.SET_COOKIE, ConsoleGuard.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
            + (ConsoleGuard.overHttps(request) ? "; Secure" : ""));
        Json.send(response, 200, Map.of("loggedOut", true));
    }

    private void me(ServerRequest request, ServerResponse response) {
        Json.send(response, 200, describe(guard.require(request, ANYONE, false)));
    }

    /**
     * {@code POST /password} {currentPassword, newPassword}: the current password is checked (and wrong guesses throttled
     * like logins, so a borrowed session cannot be used to find it); the account's other sessions end.
     */
    private void changePassword(ServerRequest request, ServerResponse response) {
        ConsoleSessions.Session session = guard.require(request, ANYONE, true);
        PasswordChange change = Json.read(request, PasswordChange.class);
        String username = session.account().username();
        Duration wait = throttle.waitFor(username);
        if (!wait.isZero()) {
            response.header(HeaderNames.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
            throw new ApiException(429, "too_many_attempts", "Too many wrong passwords; try again in "
                + Math.max(1, wait.toSeconds()) + " seconds.");
        }
        if (!accounts.changePassword(username, change.currentPassword(), change.newPassword())) {
            throttle.failed(username);
            throw new ApiException(403, "wrong_password", "The current password is not right.");
        }
        throttle.succeeded(username);
        sessions.closeOthers(username, session.id());
        audit.record(username, "account.password", "account:" + username, "");
        Json.send(response, 200, Map.of("changed", true));
    }

    private void unanswered(ServerRequest request, ServerResponse response) {
        guard.require(request, OPERATORS, false);
        int limit = request.query().first("limit").map(AdminService::limit).orElse(50);
        Json.send(response, 200, unanswered.recent(limit));
    }

    /**
     * {@code POST /api/v1/admin/import?name=services/x.yaml} with the file as the body: 200 with the report when its
     * valid entries were stored (each value or entry left out is an error in the report, with file, line and field), 422
     * with the report when nothing in it was valid or it holds another centre's entry; one transaction either way.
     */
    private void importFile(ServerRequest request, ServerResponse response) {
        ConsoleSessions.Session session = guard.require(request, OPERATORS, true);
        String name = request.query().first("name").orElseThrow(() -> ApiException.badRequest("missing_name",
            "Say which file this is with ?name=, e.g. services/podologo.yaml or elenco.hsds.json."));
        if (name.length() > 200 || name.contains("..")) {
            throw ApiException.badRequest("invalid_name", "The file name '" + name + "' is not acceptable.");
        }
        String text = request.content().hasEntity() ? request.content().as(String.class) : "";
        ImportReport report = knowledge.importUpload(name, text,
            entry -> CentreScope.mayChange(session.account(), entry)
                && knowledge.content().find(entry.id()).map(old -> CentreScope.mayChange(session.account(), old)).orElse(true));
        if (report.stored()) {
            audit.recordAll(session.account().username(), "entry.import", report.added(), "added from " + name);
            audit.recordAll(session.account().username(), "entry.import", report.changed(), "changed from " + name);
        }
        Json.send(response, report.stored() ? 200 : 422, report);
    }

    private void deleteEntry(ServerRequest request, ServerResponse response) {
        ConsoleSessions.Session session = guard.require(request, OPERATORS, true);
        String id = request.path().pathParameters().get("id");
        knowledge.content().find(id).filter(entry -> !CentreScope.mayChange(session.account(), entry)).ifPresent(entry -> {
            throw new ApiException(403, "forbidden", "Entry '" + id + "' belongs to another centre or to every centre.");
        });
        if (!knowledge.delete(id)) {
            throw new ApiException(404, "not_found", "There is no entry '" + id + "'.");
        }
        audit.record(session.account().username(), "entry.delete", id, "");
        Json.send(response, 200, Map.of("deleted", id));
    }

    private void createAccount(ServerRequest request, ServerResponse response) {
        ConsoleSessions.Session session = guard.require(request, ADMINS, true);
        NewAccount account = Json.read(request, NewAccount.class);
        if (!accounts.createIfAbsent(account.username(), account.password(), account.parsedRole(), account.centreId())) {
            throw new ApiException(409, "exists", "An account named '" + account.username() + "' exists already.");
        }
        audit.record(session.account().username(), "account.create", "account:" + account.username().toLowerCase(Locale.ROOT),
            account.parsedRole().wireName() + (account.centreId() == null ? "" : " " + account.centreId()));
        Json.send(response, 201, Map.of("username", account.username().toLowerCase(Locale.ROOT),
            "role", account.parsedRole().wireName()));
    }

    private void rebuild(ServerRequest request, ServerResponse response) {
        ConsoleSessions.Session session = guard.require(request, ADMINS, true);
        knowledge.rebuildIndex();
        audit.record(session.account().username(), "index.rebuild", "index", knowledge.content().size() + " entries");
        Json.send(response, 200, Map.of("entries", knowledge.content().size()));
    }

    private static int limit(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= 500) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // not a number: refused below like any other bad value
        }
        throw ApiException.badRequest("invalid_limit", "'limit' must be a whole number from 1 to 500, not '" + text + "'.");
    }

    private Map<String, Object> describe(ConsoleSessions.Session session) {
        Map<String, Object> body = new LinkedHashMap<>();
        String centreId = session.account().centreId();
        body.put("username", session.account().username());
        body.put("role", session.account().role().wireName());
        body.put("centreId", centreId);
        // the console says "centro CSRC Zante", not its id
        body.put("centreName", centreId == null ? null
            : knowledge.content().find(centreId, Centre.class).map(Centre::name).orElse(centreId));
        body.put("csrfToken", session.csrfToken());
        return body;
    }
}
