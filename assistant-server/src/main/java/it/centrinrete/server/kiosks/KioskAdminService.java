package it.centrinrete.server.kiosks;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.admin.CentreScope;
import it.centrinrete.server.admin.ConsoleGuard;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.knowledge.Knowledge;
import it.centrinrete.server.security.KioskPresence;
import it.centrinrete.server.security.KioskTokens;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/admin/kiosks}: the kiosks with when each was last seen, whether it is online and in practice mode;
 * creating one (its token shown once) and revoking one are the admin's; practice mode is switched by admins, by
 * operators for their centre's kiosks and by tutors (for their centre's, when their account has one).
 */
public final class KioskAdminService implements HttpService {
    private static final Set<Role> ANYONE = Set.of(Role.ADMIN, Role.OPERATOR, Role.TUTOR);
    private static final Set<Role> ADMINS = Set.of(Role.ADMIN);

    private final ConsoleGuard guard;
    private final KioskTokens kiosks;
    private final KioskPresence presence;
    private final Knowledge knowledge;
    private final AuditLog audit;

    public KioskAdminService(ConsoleSessions sessions, KioskTokens kiosks, KioskPresence presence, Knowledge knowledge, AuditLog audit) {
        this.guard = new ConsoleGuard(sessions);
        this.kiosks = kiosks;
        this.presence = presence;
        this.knowledge = knowledge;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/kiosks", this::list)
            .post("/kiosks", this::create)
            .delete("/kiosks/{name}", this::revoke)
            .put("/kiosks/{name}/practice", this::practice);
    }

    /** {@code GET /kiosks?centre=}: an operator sees their centre's kiosks, so does a tutor with a centre. */
    private void list(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, ANYONE, false).account();
        String centre = scope(account, request.query().first("centre").orElse(null));
        Json.send(response, 200, kiosks.list().stream()
            .filter(kiosk -> centre == null || centre.equals(kiosk.centreId()))
            .map(this::describe).toList());
    }

    /** Creates a kiosk and shows its token this once: it is stored only as a hash. */
    private void create(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, ADMINS, true).account();
        NewKiosk kiosk = Json.read(request, NewKiosk.class);
        if (knowledge.content().find(kiosk.centreId(), Centre.class).isEmpty()) {
            throw ApiException.badRequest("unknown_centre", "There is no centre '" + kiosk.centreId() + "'.");
        }
        try {
            String token = kiosks.create(kiosk.name(), kiosk.centreId());
            audit.record(account.username(), "kiosk.create", "kiosk:" + kiosk.name(), kiosk.centreId());
            Json.send(response, 201, Map.of("name", kiosk.name(), "centreId", kiosk.centreId(), "token", token));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_name", e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiException(409, "exists", e.getMessage());
        }
    }

    private void revoke(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, ADMINS, true).account();
        String name = request.path().pathParameters().get("name");
        if (!kiosks.revoke(name)) {
            throw new ApiException(404, "not_found", "There is no kiosk '" + name + "'.");
        }
        audit.record(account.username(), "kiosk.revoke", "kiosk:" + name, "");
        Json.send(response, 200, Map.of("revoked", name));
    }

    /** {@code PUT /kiosks/{name}/practice} {practiceMode}: the kiosk reads it from {@code GET /api/v1/kiosk}. */
    private void practice(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, ANYONE, true).account();
        String name = request.path().pathParameters().get("name");
        KioskTokens.Listed kiosk = kiosks.find(name).orElseThrow(() -> new ApiException(404, "not_found",
            "There is no kiosk '" + name + "'."));
        requireCentre(account, kiosk.centreId());
        boolean on = Json.read(request, PracticeChange.class).practiceMode();
        kiosks.setPracticeMode(name, on);
        audit.record(account.username(), "kiosk.practice", "kiosk:" + name, on ? "on" : "off");
        Json.send(response, 200, describe(kiosks.find(name).orElseThrow()));
    }

    /** Operators, and tutors with a centre, work on their own centre's kiosks. */
    private static String scope(Account account, String asked) {
        if (account.role() == Role.TUTOR && account.centreId() != null) {
            if (asked != null && !asked.isBlank() && !asked.strip().equals(account.centreId())) {
                throw new ApiException(403, "forbidden", "This belongs to another centre.");
            }
            return account.centreId();
        }
        return CentreScope.listingCentre(account, asked);
    }

    private static void requireCentre(Account account, String centreId) {
        boolean allowed = switch (account.role()) {
            case ADMIN -> true;
            case OPERATOR -> account.centreId() != null && account.centreId().equals(centreId);
            case TUTOR -> account.centreId() == null || account.centreId().equals(centreId);
        };
        if (!allowed) {
            throw new ApiException(403, "forbidden", "This kiosk stands in another centre.");
        }
    }

    private Map<String, Object> describe(KioskTokens.Listed kiosk) {
        Optional<Instant> seen = presence.lastSeen(kiosk.name(), kiosk.lastSeen());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", kiosk.name());
        body.put("centreId", kiosk.centreId());
        body.put("centreName", kiosk.centreId() == null ? null
            : knowledge.content().find(kiosk.centreId(), Centre.class).map(Centre::name).orElse(kiosk.centreId()));
        body.put("createdAt", kiosk.createdAt());
        body.put("revoked", kiosk.revoked());
        body.put("lastSeen", seen.orElse(null));
        body.put("online", !kiosk.revoked() && presence.online(seen));
        body.put("practiceMode", kiosk.practiceMode());
        return body;
    }
}
