package it.centrinrete.server.editing;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.admin.CentreScope;
import it.centrinrete.server.admin.ConsoleGuard;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.knowledge.ImportReport;
import it.centrinrete.server.knowledge.Knowledge;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/admin/entries}: the knowledge base as the console edits it — list and search, one entry with its
 * draft, create, save a draft, publish, discard, history. Everyone logged in reads; admins and operators change
 * (operators only their own centre's entries), with the CSRF token.
 */
public final class EntryService implements HttpService {
    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.OPERATOR, Role.TUTOR);
    private static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.OPERATOR);
    private static final int MOST_ROWS = 500;

    private final ConsoleGuard guard;
    private final Knowledge knowledge;
    private final DraftStore drafts;
    private final EntryEditor editor;
    private final EntryListing listing;
    private final AuditLog audit;

    public EntryService(ConsoleSessions sessions, Knowledge knowledge, DraftStore drafts, EntryEditor editor, EntryListing listing,
                        AuditLog audit) {
        this.guard = new ConsoleGuard(sessions);
        this.knowledge = knowledge;
        this.drafts = drafts;
        this.editor = editor;
        this.listing = listing;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/entries", this::list)
            .post("/entries", this::create)
            .get("/entries/{id}", this::show)
            .put("/entries/{id}/draft", this::saveDraft)
            .delete("/entries/{id}/draft", this::discard)
            .post("/entries/{id}/publish", this::publish)
            .get("/entries/{id}/history", this::history);
    }

    /** {@code GET /entries?type=faq&centre=csrc-zante&q=tessera&freshness=stale&drafts=true}. */
    private void list(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, READERS, false).account();
        EntryQuery query;
        try {
            query = new EntryQuery(EntryListing.type(request.query().first("type").orElse(null)),
                request.query().first("centre").orElse(null), request.query().first("q").orElse(""),
                request.query().first("freshness").orElse(null), request.query().first("drafts").map("true"::equals).orElse(false));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_query", e.getMessage());
        }
        List<EntryRow> rows = listing.find(query, account);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewMonths", listing.reviewMonths());
        body.put("reviewBefore", listing.reviewBefore().toString());
        body.put("total", rows.size());
        body.put("entries", rows.size() > MOST_ROWS ? rows.subList(0, MOST_ROWS) : rows);
        Json.send(response, 200, body);
    }

    private void show(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, READERS, false).account();
        String id = request.path().pathParameters().get("id");
        Optional<Entry> published = knowledge.content().find(id);
        Optional<Draft> draft = drafts.find(id);
        if (published.isEmpty() && draft.isEmpty()) {
            throw new ApiException(404, "not_found", "There is no entry '" + id + "'.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", published.map(Entry::type).orElseGet(() -> draft.get().type()).wireName());
        body.put("title", published.map(Entry::title).orElse(id));
        body.put("published", published.map(NativeFields::of).orElse(null));
        body.put("draft", draft.map(d -> Map.of("fields", EntryEditor.fieldsOf(d), "savedBy", d.savedBy(), "savedAt", d.savedAt()))
            .orElse(null));
        body.put("mayEdit", account.role() != Role.TUTOR && published.map(e -> CentreScope.mayChange(account, e)).orElse(true));
        body.put("stale", published.map(e -> e.provenance().lastReviewed().isBefore(listing.reviewBefore())).orElse(false));
        Json.send(response, 200, body);
    }

    private void create(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, EDITORS, true).account();
        EntryRequest body = Json.read(request, EntryRequest.class);
        CheckedEntry saved = editor.create(account, body.entryType(), body.fields());
        Json.send(response, 201, Map.of("id", saved.entry().id(), "draft", true, "warnings", saved.warnings()));
    }

    private void saveDraft(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, EDITORS, true).account();
        String id = request.path().pathParameters().get("id");
        EntryRequest body = Json.read(request, EntryRequest.class);
        CheckedEntry saved = editor.saveDraft(account, id, body.entryType(), body.fields());
        Json.send(response, 200, Map.of("id", saved.entry().id(), "draft", true, "warnings", saved.warnings()));
    }

    private void publish(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, EDITORS, true).account();
        ImportReport report = editor.publish(account, request.path().pathParameters().get("id"));
        Json.send(response, 200, report);
    }

    private void discard(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, EDITORS, true).account();
        String id = request.path().pathParameters().get("id");
        editor.discard(account, id);
        Json.send(response, 200, Map.of("discarded", id));
    }

    private void history(ServerRequest request, ServerResponse response) {
        guard.require(request, READERS, false);
        Json.send(response, 200, audit.history(request.path().pathParameters().get("id"), 200));
    }
}
