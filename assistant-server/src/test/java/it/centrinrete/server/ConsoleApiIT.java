package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.ConsoleClient.Reply;
import it.centrinrete.server.audit.AuditEvent;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.booking.TestDatabases;
import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.UnansweredLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console's own endpoints over HTTP, against a server on the sample content: entries (list, drafts, publish,
 * history), password change, questions without an answer, who may do what, CSRF, audit rows. Runs on H2 and on a fresh
 * PostgreSQL schema (skipped, saying so, when none answers). Each test uses ids and questions of its own.
 */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {"h2", "postgresql"})
class ConsoleApiIT {
    @Parameter
    String kind;

    @TempDir
    static Path work;
    static AssistantServer server;
    static String url;
    static ConsoleClient admin;
    static ConsoleClient zante;
    static ConsoleClient ritrovo;
    static ConsoleClient tutor;

    @BeforeParameterizedClassInvocation
    static void start(String kind) {
        ConsoleCast cast = ConsoleCast.start(work.resolve(kind + "-index"), kind, Map.of("console.review-months", "6"));
        server = cast.server();
        url = cast.url();
        admin = cast.admin();
        zante = cast.zante();
        ritrovo = cast.ritrovo();
        tutor = cast.tutor();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private static Map<String, Object> faq(String id, String question, String answer) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("questions", List.of(question));
        fields.put("answer", answer);
        fields.put("lastReviewed", LocalDate.now().toString());
        fields.put("source", "Segreteria del Municipio 4");
        return fields;
    }

    private static Map<String, Object> body(String type, Map<String, Object> fields) {
        return Map.of("type", type, "fields", fields);
    }

    private static Map<String, Object> fieldsOf(String id) {
        Reply entry = admin.get("/api/v1/admin/entries/" + id);
        assertThat(entry.status()).as(entry.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = new ObjectMapper().convertValue(entry.json().path("published"),
            LinkedHashMap.class);
        return fields;
    }

    private static List<String> ids(JsonNode rows) {
        return StreamSupport.stream(rows.path("entries").spliterator(), false).map(row -> row.path("id").asText()).toList();
    }

    private static List<AuditEvent> audit(String subject) {
        try (Database database = TestDatabases.open(url)) {
            return new AuditLog(database, Clock.systemUTC()).history(subject, 50);
        }
    }

    // ---- pages ----

    @Test
    void consolePagesComeWithHeadersThatForbidInlineScriptsFramingAndSniffing() {
        Reply page = ConsoleClient.raw(server, "GET", "/console/", null, Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
            .contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.text()).contains("<html lang=\"it\">").doesNotContain("<script>").doesNotContain("onclick=");
        Reply script = ConsoleClient.raw(server, "GET", "/console/common.js", null, Map.of());
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(script.text()).doesNotContain("innerHTML");
    }

    @Test
    void onlyConsoleFilesAreServed() {
        assertThat(ConsoleClient.raw(server, "GET", "/console", null, Map.of()).headers().firstValue("Location")).hasValue("/console/");
        assertThat(ConsoleClient.raw(server, "GET", "/console/nothing.html", null, Map.of()).status()).isEqualTo(404);
        assertThat(ConsoleClient.raw(server, "GET", "/console/..%2Fapplication.yaml", null, Map.of()).status()).isEqualTo(404);
        assertThat(ConsoleClient.raw(server, "GET", "/console/application.yaml", null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theSessionCookieIsSecureWhenTheBrowserCameOverHttps() {
        String body = ConsoleClient.write(Map.of("username", "admin", "password", TestServers.ADMIN_PASSWORD));

        Reply plain = ConsoleClient.raw(server, "POST", "/api/v1/admin/login", body, Map.of());
        Reply proxied = ConsoleClient.raw(server, "POST", "/api/v1/admin/login", body, Map.of("X-Forwarded-Proto", "https"));

        assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
        assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure").contains("HttpOnly")
            .contains("SameSite=Strict");
    }

    // ---- password ----

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndTheCsrfTokenAndEndsOtherSessions() {
        // given
        ConsoleClient first = admin.createAndLogin("marco-" + kind, "tutor", null);
        ConsoleClient second = ConsoleClient.login(server, "marco-" + kind, "password-marco-" + kind);
        Map<String, String> change = Map.of("currentPassword", "password-marco-" + kind, "newPassword", "una frase lunga e nuova");

        // then
        assertThat(first.sendWithoutCsrf("POST", "/api/v1/admin/password", change).error()).isEqualTo("csrf");
        Reply wrong = first.send("POST", "/api/v1/admin/password",
            Map.of("currentPassword", "sbagliata!", "newPassword", "altra frase lunga"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.error()).isEqualTo("wrong_password");
        Reply weak = first.send("POST", "/api/v1/admin/password",
            Map.of("currentPassword", "password-marco-" + kind, "newPassword", "corta"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.error()).isEqualTo("weak_password");

        // when
        Reply changed = first.send("POST", "/api/v1/admin/password", change);

        // then
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(first.get("/api/v1/admin/me").status()).isEqualTo(200);
        assertThat(second.get("/api/v1/admin/me").status()).isEqualTo(401);
        assertThat(ConsoleClient.raw(server, "POST", "/api/v1/admin/login", ConsoleClient.write(Map.of("username", "marco-" + kind,
            "password", "password-marco-" + kind)), Map.of()).status()).isEqualTo(401);
        assertThat(ConsoleClient.login(server, "marco-" + kind, "una frase lunga e nuova").me().path("role").asText()).isEqualTo("tutor");
        assertThat(audit("account:marco-" + kind)).extracting(AuditEvent::action).contains("account.password");
    }

    // ---- listing ----

    @Test
    void entriesAreListedByTypeCentreWordsAndFreshness() {
        JsonNode activities = admin.get("/api/v1/admin/entries?type=activity&centre=csrc-zante").json();
        assertThat(ids(activities)).contains("ginnastica-dolce-zante", "tombola-zante").doesNotContain("ginnastica-dolce-ritrovo-15");
        assertThat(activities.path("entries").findValuesAsText("type")).containsOnly("activity");

        assertThat(ids(admin.get("/api/v1/admin/entries?q=TOMBOLA").json())).contains("tombola-zante");
        assertThat(ids(admin.get("/api/v1/admin/entries?q=perche%20tessera").json())).isNotNull();

        JsonNode stale = admin.get("/api/v1/admin/entries?freshness=stale").json();
        assertThat(stale.path("reviewMonths").asInt()).isEqualTo(6);
        LocalDate before = LocalDate.parse(stale.path("reviewBefore").asText());
        // the server's day is Milan's: between 23:00 and midnight UTC it is already tomorrow there
        assertThat(before).isEqualTo(LocalDate.now(MilanTime.ZONE).minusMonths(6));
        assertThat(stale.path("entries")).isNotEmpty();
        for (JsonNode row : stale.path("entries")) {
            assertThat(LocalDate.parse(row.path("lastReviewed").asText())).isBefore(before);
            assertThat(row.path("stale").asBoolean()).isTrue();
        }
        for (JsonNode row : admin.get("/api/v1/admin/entries?freshness=fresh").json().path("entries")) {
            assertThat(LocalDate.parse(row.path("lastReviewed").asText())).isAfterOrEqualTo(before);
        }
        assertThat(admin.get("/api/v1/admin/entries?freshness=old").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/admin/entries?type=shop").status()).isEqualTo(400);
    }

    @Test
    void theListSaysWhichEntriesAnOperatorMayChange() {
        JsonNode rows = zante.get("/api/v1/admin/entries?type=activity").json().path("entries");
        for (JsonNode row : rows) {
            boolean own = row.path("centres").get(0).asText().equals("csrc-zante");
            assertThat(row.path("mayEdit").asBoolean()).as(row.toString()).isEqualTo(own);
        }
        assertThat(tutor.get("/api/v1/admin/entries").json().path("entries").findValuesAsText("mayEdit")).containsOnly("false");
    }

    // ---- drafts and publishing ----

    @Test
    void aDraftIsStoredButNotSearchedUntilPublished() {
        // given
        String id = "faq-torneo-bocce-" + kind;
        String question = "quando si gioca il torneo di bocce " + kind;
        Map<String, Object> fields = faq(id, "Quando si gioca il torneo di bocce " + kind + "?",
            "Il torneo di bocce si gioca il sabato mattina nel cortile del CSRC Zante.");

        // when
        Reply created = admin.send("POST", "/api/v1/admin/entries", body("faq", fields));

        // then
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(ConsoleClient.answerSource(server, question)).isNotEqualTo(id);
        JsonNode shown = admin.get("/api/v1/admin/entries/" + id).json();
        assertThat(shown.path("published").isNull()).isTrue();
        assertThat(shown.path("draft").path("fields").path("answer").asText()).contains("sabato mattina");
        assertThat(shown.path("draft").path("savedBy").asText()).isEqualTo("admin");
        assertThat(ids(admin.get("/api/v1/admin/entries?drafts=true").json())).contains(id);

        // when
        Reply published = admin.send("POST", "/api/v1/admin/entries/" + id + "/publish", null);

        // then
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(published.json().path("added").get(0).asText()).isEqualTo(id);
        assertThat(ConsoleClient.answerSource(server, question)).isEqualTo(id);
        JsonNode after = admin.get("/api/v1/admin/entries/" + id).json();
        assertThat(after.path("draft").isNull()).isTrue();
        assertThat(after.path("published").path("answer").asText()).contains("sabato mattina");
        JsonNode history = admin.get("/api/v1/admin/entries/" + id + "/history").json();
        assertThat(history.findValuesAsText("action")).containsExactly("entry.publish", "entry.create");
        assertThat(history.findValuesAsText("username")).containsOnly("admin");
        assertThat(history.get(0).path("at").asText()).isNotEmpty();
    }

    @Test
    void anEditOfAPublishedEntryStaysADraftUntilPublishedAndCanBeDiscarded() {
        // given
        Map<String, Object> fields = fieldsOf("faq-costo-tessera");
        fields.put("answer", "La tessera costa 99 euro all'anno (prova " + kind + ").");

        // when
        Reply saved = admin.send("PUT", "/api/v1/admin/entries/faq-costo-tessera/draft", body("faq", fields));

        // then
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        JsonNode shown = admin.get("/api/v1/admin/entries/faq-costo-tessera").json();
        assertThat(shown.path("published").path("answer").asText()).doesNotContain("99 euro");
        assertThat(shown.path("draft").path("fields").path("answer").asText()).contains("99 euro");
        assertThat(admin.send("DELETE", "/api/v1/admin/entries/faq-costo-tessera/draft", null).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/entries/faq-costo-tessera").json().path("draft").isNull()).isTrue();
        assertThat(admin.send("POST", "/api/v1/admin/entries/faq-costo-tessera/publish", null).error()).isEqualTo("no_draft");
        assertThat(admin.get("/api/v1/admin/entries/faq-costo-tessera/history").json().findValuesAsText("action"))
            .containsExactly("entry.discard", "entry.draft");
    }

    @Test
    void anInvalidEntryIsRefusedWithEachProblemNamingItsField() {
        Map<String, Object> fields = faq("faq-vuota-" + kind, "Una domanda?", "");

        Reply refused = admin.send("POST", "/api/v1/admin/entries", body("faq", fields));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.error()).isEqualTo("invalid_entry");
        assertThat(refused.json().path("problems").findValuesAsText("field")).contains("answer");
        assertThat(admin.get("/api/v1/admin/entries/faq-vuota-" + kind).status()).isEqualTo(404);

        Map<String, Object> dated = faq("faq-data-" + kind, "Una domanda?", "Una risposta.");
        dated.put("lastReviewed", "ieri");
        assertThat(admin.send("POST", "/api/v1/admin/entries", body("faq", dated)).json().path("problems").findValuesAsText("field"))
            .containsExactly("lastReviewed");

        Map<String, Object> unknown = faq("faq-colore-" + kind, "Una domanda?", "Una risposta.");
        unknown.put("colour", "blu");
        Reply warned = admin.send("POST", "/api/v1/admin/entries", body("faq", unknown));
        assertThat(warned.status()).isEqualTo(201);
        assertThat(warned.json().path("warnings").findValuesAsText("field")).containsExactly("colour");
    }

    @Test
    void anActivityNeedsACentreThatExistsAndAnEntryKeepsItsIdAndType() {
        Map<String, Object> activity = new LinkedHashMap<>(fieldsOf("tombola-zante"));
        activity.put("id", "tombola-altrove-" + kind);
        activity.put("centre", "csrc-inesistente");
        Reply refused = admin.send("POST", "/api/v1/admin/entries", body("activity", activity));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("problems").findValuesAsText("field")).containsExactly("centre");

        Map<String, Object> renamed = fieldsOf("faq-animali");
        renamed.put("id", "faq-animali-nuova");
        assertThat(admin.send("PUT", "/api/v1/admin/entries/faq-animali/draft", body("faq", renamed)).json()
            .path("problems").findValuesAsText("field")).containsExactly("id");
        assertThat(admin.send("PUT", "/api/v1/admin/entries/faq-animali/draft", body("guide", fieldsOf("faq-animali"))).error())
            .isEqualTo("type_changed");
        assertThat(admin.send("POST", "/api/v1/admin/entries", body("faq", fieldsOf("faq-animali"))).status()).isEqualTo(409);
        assertThat(admin.send("PUT", "/api/v1/admin/entries/nessuna/draft", body("faq", faq("nessuna", "?", "!"))).status())
            .isEqualTo(404);
    }

    @Test
    void anOperatorEditsTheirOwnCentresEntriesAndNoOneElses() {
        // given
        Map<String, Object> own = fieldsOf("tombola-zante");
        own.put("cost", "2 euro a cartella (" + kind + ")");
        Map<String, Object> other = fieldsOf("ginnastica-dolce-ritrovo-15");
        other.put("cost", "Gratis (" + kind + ")");

        // then: their own centre's activity
        assertThat(zante.send("PUT", "/api/v1/admin/entries/tombola-zante/draft", body("activity", own)).status()).isEqualTo(200);
        assertThat(zante.send("POST", "/api/v1/admin/entries/tombola-zante/publish", null).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/entries/tombola-zante").json().path("published").path("cost").asText()).contains(kind);

        // then: another centre's activity, a FAQ every centre shares, moving their activity to another centre
        Reply elsewhere = zante.send("PUT", "/api/v1/admin/entries/ginnastica-dolce-ritrovo-15/draft", body("activity", other));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.error()).isEqualTo("forbidden");
        assertThat(zante.send("POST", "/api/v1/admin/entries", body("faq", faq("faq-di-zante-" + kind, "Domanda?", "Risposta.")))
            .status()).isEqualTo(403);
        own.put("centre", "csrc-ritrovo-15");
        assertThat(zante.send("PUT", "/api/v1/admin/entries/tombola-zante/draft", body("activity", own)).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/admin/entries/ginnastica-dolce-ritrovo-15").json().path("mayEdit").asBoolean()).isTrue();
        assertThat(zante.get("/api/v1/admin/entries/ginnastica-dolce-ritrovo-15").json().path("mayEdit").asBoolean()).isFalse();

        // then: a draft an admin left on another centre's entry cannot be published or thrown away by the operator
        assertThat(admin.send("PUT", "/api/v1/admin/entries/ginnastica-dolce-ritrovo-15/draft", body("activity", other)).status())
            .isEqualTo(200);
        assertThat(zante.send("POST", "/api/v1/admin/entries/ginnastica-dolce-ritrovo-15/publish", null).status()).isEqualTo(403);
        assertThat(zante.send("DELETE", "/api/v1/admin/entries/ginnastica-dolce-ritrovo-15/draft", null).status()).isEqualTo(403);
        assertThat(ritrovo.send("POST", "/api/v1/admin/entries/ginnastica-dolce-ritrovo-15/publish", null).status()).isEqualTo(200);
    }

    @Test
    void tutorsReadEntriesButChangeNothing() {
        assertThat(tutor.get("/api/v1/admin/entries").status()).isEqualTo(200);
        JsonNode entry = tutor.get("/api/v1/admin/entries/attivare-spid").json();
        assertThat(entry.path("mayEdit").asBoolean()).isFalse();
        assertThat(tutor.get("/api/v1/admin/entries/attivare-spid/history").status()).isEqualTo(200);
        assertThat(tutor.send("PUT", "/api/v1/admin/entries/attivare-spid/draft", body("guide", fieldsOf("attivare-spid"))).status())
            .isEqualTo(403);
        assertThat(tutor.send("POST", "/api/v1/admin/entries", body("faq", faq("faq-tutor-" + kind, "D?", "R."))).status()).isEqualTo(403);
        assertThat(tutor.get("/api/v1/admin/unanswered/groups").status()).isEqualTo(403);
    }

    @Test
    void everyChangeNeedsTheCsrfToken() {
        Map<String, Object> fields = faq("faq-csrf-" + kind, "Domanda?", "Risposta.");
        assertThat(admin.sendWithoutCsrf("POST", "/api/v1/admin/entries", body("faq", fields)).error()).isEqualTo("csrf");
        assertThat(admin.sendWithoutCsrf("PUT", "/api/v1/admin/entries/faq-animali/draft", body("faq", fieldsOf("faq-animali"))).error())
            .isEqualTo("csrf");
        assertThat(admin.sendWithoutCsrf("POST", "/api/v1/admin/entries/faq-animali/publish", null).error()).isEqualTo("csrf");
        assertThat(admin.sendWithoutCsrf("DELETE", "/api/v1/admin/entries/faq-animali/draft", null).error()).isEqualTo("csrf");
        assertThat(admin.sendWithoutCsrf("POST", "/api/v1/admin/unanswered/handled", Map.of("questionIds", List.of(1))).error())
            .isEqualTo("csrf");
        assertThat(admin.sendWithoutCsrf("POST", "/api/v1/admin/unanswered/faq", Map.of("questionIds", List.of(1))).error())
            .isEqualTo("csrf");
        assertThat(admin.sendWithoutCsrf("POST", "/api/v1/admin/unanswered/link", Map.of("questionIds", List.of(1))).error())
            .isEqualTo("csrf");
        assertThat(admin.get("/api/v1/admin/entries/faq-csrf-" + kind).status()).isEqualTo(404);
    }

    @Test
    void hostileTextIsStoredAndReturnedAsPlainText() {
        String hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        Map<String, Object> fields = faq("faq-ostile-" + kind, "Domanda " + hostile, "Risposta " + hostile);

        assertThat(admin.send("POST", "/api/v1/admin/entries", body("faq", fields)).status()).isEqualTo(201);

        Reply shown = admin.get("/api/v1/admin/entries/faq-ostile-" + kind);
        assertThat(shown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(shown.json().path("draft").path("fields").path("answer").asText()).isEqualTo("Risposta " + hostile);
    }

    // ---- audit of the older admin endpoints ----

    @Test
    void importsDeletionsAndSessionChangesAreAudited() {
        String yaml = "id: audit-import-" + kind
            + "\nname: Servizio di prova\ndescription: Una prova.\nlastReviewed: 2026-11-25\nsource: t\n";
        assertThat(admin.send("POST", "/api/v1/admin/import?name=services/audit.yaml", yaml).status()).isEqualTo(200);
        assertThat(admin.send("DELETE", "/api/v1/admin/entries/audit-import-" + kind, null).status()).isEqualTo(200);
        LocalDate day = LocalDate.now().plusDays(40 + (kind.equals("h2") ? 0 : 1));
        Reply session = zante.send("POST", "/api/v1/admin/sessions",
            Map.of("activityId", "ginnastica-dolce-zante", "start", day + "T07:00"));
        assertThat(session.status()).as(session.text()).isEqualTo(201);

        assertThat(audit("audit-import-" + kind)).extracting(AuditEvent::action).containsExactly("entry.delete", "entry.import");
        assertThat(audit("audit-import-" + kind).get(1).detail()).isEqualTo("added from services/audit.yaml");
        List<AuditEvent> added = audit(session.json().path("id").asText());
        assertThat(added).extracting(AuditEvent::action).containsExactly("session.add");
        assertThat(added.getFirst().username()).isEqualTo("op-zante");
    }

    // ---- questions without an answer ----

    private static List<Long> unanswered(String... questions) {
        for (String question : questions) {
            assertThat(ConsoleClient.answerSource(server, question)).as(question).isEmpty();
        }
        try (Database database = TestDatabases.open(url)) {
            List<Long> ids = new ArrayList<>();
            for (UnansweredLog.Question recorded : new UnansweredLog(database, Clock.systemUTC()).recent(500)) {
                if (List.of(questions).contains(recorded.text())) {
                    ids.add(recorded.id());
                }
            }
            return ids;
        }
    }

    private static JsonNode groupOf(long id) {
        for (JsonNode group : admin.get("/api/v1/admin/unanswered/groups").json()) {
            for (JsonNode member : group.path("ids")) {
                if (member.asLong() == id) {
                    return group;
                }
            }
        }
        return null;
    }

    @Test
    void nearlyEqualQuestionsAreOneGroupWithACount() {
        List<Long> ids = unanswered("dove posso riparare il mio ombrello " + kind, "Dove posso riparare il mio ombrello " + kind + "?",
            "dove si ripara un ombrello " + kind);

        JsonNode group = groupOf(ids.getFirst());

        assertThat(group).isNotNull();
        assertThat(group.path("count").asInt()).isEqualTo(3);
        assertThat(StreamSupport.stream(group.path("ids").spliterator(), false).map(JsonNode::asLong))
            .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aQuestionBecomesAFaqInOneStepAndIsAnsweredAtOnce() {
        // given
        String question = "dove si affilano i coltelli " + kind;
        List<Long> ids = unanswered(question);
        String answer = "L'arrotino passa dal CSRC Zante il primo martedì del mese.";

        // then: operators do not write FAQs every centre shares
        assertThat(zante.send("POST", "/api/v1/admin/unanswered/faq", Map.of("questionIds", ids, "questions", List.of(question),
            "answer", answer)).status()).isEqualTo(403);
        Reply invalid = admin.send("POST", "/api/v1/admin/unanswered/faq", Map.of("questionIds", ids, "questions", List.of(question),
            "answer", ""));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("problems").findValuesAsText("field")).contains("answer");

        // when
        Reply made = admin.send("POST", "/api/v1/admin/unanswered/faq", Map.of("questionIds", ids, "questions", List.of(question),
            "answer", answer, "keywords", List.of("arrotino")));

        // then
        assertThat(made.status()).as(made.text()).isEqualTo(201);
        String id = made.json().path("added").get(0).asText();
        assertThat(id).startsWith("faq-dove-si-affilano-i-coltelli");
        assertThat(ConsoleClient.answerSource(server, question)).isEqualTo(id);
        assertThat(groupOf(ids.getFirst())).isNull();
        assertThat(admin.get("/api/v1/admin/entries/" + id + "/history").json().findValuesAsText("action"))
            .containsExactly("entry.faq-from-questions");
        assertThat(audit("question:" + ids.getFirst())).extracting(AuditEvent::action).containsExactly("question.handled");
    }

    @Test
    void aQuestionLinkedToAnEntryBecomesOneOfItsWordsAndIsAnswered() {
        // given
        String question = "gli scacchisti del lunedi " + kind;
        List<Long> ids = unanswered(question);

        // then: not an entry of another centre
        assertThat(ritrovo.send("POST", "/api/v1/admin/unanswered/link", Map.of("questionIds", ids, "entryId", "burraco-zante")).status())
            .isEqualTo(403);
        assertThat(admin.send("POST", "/api/v1/admin/unanswered/link", Map.of("questionIds", ids, "entryId", "nessuna")).status())
            .isEqualTo(404);

        // when
        Reply linked = zante.send("POST", "/api/v1/admin/unanswered/link", Map.of("questionIds", ids, "entryId", "burraco-zante"));

        // then
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        assertThat(fieldsOf("burraco-zante").get("keywords").toString()).contains(question);
        assertThat(ConsoleClient.answerSource(server, question)).isEqualTo("burraco-zante");
        assertThat(groupOf(ids.getFirst())).isNull();
    }

    @Test
    void aQuestionSetAsideLeavesTheListOnly() {
        List<Long> ids = unanswered("chi vincera la lotteria " + kind);

        assertThat(zante.send("POST", "/api/v1/admin/unanswered/handled", Map.of("questionIds", ids)).json().path("handled").asInt())
            .isEqualTo(1);

        assertThat(groupOf(ids.getFirst())).isNull();
        assertThat(admin.send("POST", "/api/v1/admin/unanswered/handled", Map.of("questionIds", List.of(999_999))).status()).isEqualTo(404);
        assertThat(admin.send("POST", "/api/v1/admin/unanswered/handled", Map.of("questionIds", List.of())).status()).isEqualTo(400);
    }
}
