package it.centrinrete.server;

import io.helidon.config.Config;
import io.helidon.health.HealthCheckResponse;
import io.helidon.http.HttpException;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.accesslog.AccessLogFeature;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import it.centrinrete.kb.hours.HolidayCalendar;
import it.centrinrete.kb.load.LoadResult;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.Synonyms;
import it.centrinrete.server.accounts.AccountStore;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.LoginThrottle;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.admin.AdminService;
import it.centrinrete.server.admin.BookingAdminService;
import it.centrinrete.server.ask.Assistant;
import it.centrinrete.server.ask.AskService;
import it.centrinrete.server.audit.AuditLog;
import it.centrinrete.server.booking.BookingLedger;
import it.centrinrete.server.booking.BookingRetention;
import it.centrinrete.server.booking.BookingService;
import it.centrinrete.server.booking.SessionCalendar;
import it.centrinrete.server.booking.SessionDesk;
import it.centrinrete.server.console.ConsoleAssets;
import it.centrinrete.server.editing.DraftStore;
import it.centrinrete.server.editing.EntryEditor;
import it.centrinrete.server.editing.EntryListing;
import it.centrinrete.server.editing.EntryService;
import it.centrinrete.server.editing.InvalidFieldsException;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.knowledge.Knowledge;
import it.centrinrete.server.knowledge.SnapshotService;
import it.centrinrete.server.persistence.Database;
import it.centrinrete.server.persistence.EntryStore;
import it.centrinrete.server.persistence.UnansweredLog;
import it.centrinrete.server.questions.QuestionDesk;
import it.centrinrete.server.questions.QuestionService;
import it.centrinrete.server.security.KioskGate;
import it.centrinrete.server.security.KioskTokens;
import it.centrinrete.server.security.RateLimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The running server: database migrated, content imported, index built, routes listening. One composition root,
 * wired by hand; {@link #close()} releases everything in the reverse order.
 */
public final class AssistantServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AssistantServer.class.getName());
    /** A console session ends after this long without use. */
    private static final Duration CONSOLE_IDLE = Duration.ofMinutes(30);

    private final Database database;
    private final Knowledge knowledge;
    private final WebServer webServer;
    private final ScheduledExecutorService retention;
    private final List<String> demoTokens;
    private final String demoAdminPassword;

    private AssistantServer(Database database, Knowledge knowledge, WebServer webServer, ScheduledExecutorService retention,
                            List<String> demoTokens, String demoAdminPassword) {
        this.database = database;
        this.knowledge = knowledge;
        this.webServer = webServer;
        this.retention = retention;
        this.demoTokens = demoTokens;
        this.demoAdminPassword = demoAdminPassword;
    }

    public static AssistantServer start(Config config) {
        ServerSettings settings = ServerSettings.from(config);
        Clock clock = Clock.systemUTC();
        Database database = Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        Knowledge knowledge;
        try {
            knowledge = openKnowledge(database, settings, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        ScheduledExecutorService retention = null;
        try {
            KioskTokens kiosks = new KioskTokens(database, clock);
            List<String> demoTokens = registerTokens(kiosks, settings);
            UnansweredLog unanswered = new UnansweredLog(database, clock);
            SessionCalendar calendar = new SessionCalendar(database, knowledge::content, HolidayCalendar.milan(), clock);
            BookingLedger ledger = new BookingLedger(database, calendar, settings.bookingRules(), clock, new SecureRandom());
            Assistant assistant = new Assistant(knowledge, unanswered, calendar, ledger, clock, settings.maxSessions(),
                settings.conversationIdle());
            AccountStore accounts = new AccountStore(database, clock);
            String adminPassword = firstAdmin(accounts, settings);
            // one set of console sessions for every console service, so one login serves them all
            ConsoleSessions consoles = new ConsoleSessions(CONSOLE_IDLE, clock);
            AuditLog audit = new AuditLog(database, clock);
            AdminService admin = new AdminService(accounts, consoles, new LoginThrottle(clock),
                unanswered, knowledge, kiosks, audit);
            KioskGate gate = new KioskGate(kiosks, new RateLimiter(settings.kioskRateLimit(), clock));
            AskService ask = new AskService(assistant, gate);
            BookingService bookings = new BookingService(ledger, calendar, gate, clock);
            SnapshotService snapshot = new SnapshotService(knowledge, synonymsText(settings), gate, clock);
            BookingAdminService bookingAdmin = new BookingAdminService(consoles, new SessionDesk(database, calendar, ledger, clock),
                calendar, ledger, clock, audit);
            DraftStore drafts = new DraftStore(database, clock);
            EntryEditor editor = new EntryEditor(knowledge, drafts, audit);
            EntryService entries = new EntryService(consoles, knowledge, drafts, editor,
                new EntryListing(knowledge, drafts, clock, settings.reviewMonths()), audit);
            QuestionService questions = new QuestionService(consoles,
                new QuestionDesk(unanswered, editor, knowledge, drafts, audit, clock));
            retention = startRetention(new BookingRetention(database, settings.bookingRules(), clock));
            WebServer webServer = WebServer.builder()
                .config(config.get("server"))
                .addFeature(observe(database, knowledge))
                // time, request line, status, size, duration: no client address and no user, so no personal data
                .addFeature(AccessLogFeature.builder().format("%t %r %s %b %D").build())
                .routing(routing -> routing(routing.register("/api/v1", snapshot).register("/api/v1/admin", entries, questions),
                    ask, bookings, admin, bookingAdmin))
                .build()
                .start();
            if (!webServer.isRunning() || webServer.port() < 0) {
                // Helidon logs a listener that cannot bind (the port is taken) but returns: stop here, not "listening on -1"
                webServer.stop();
                throw new IllegalStateException("the server could not listen on port " + config.get("server.port").asString().orElse("8080")
                    + ": is another server using it?");
            }
            return new AssistantServer(database, knowledge, webServer, retention, demoTokens, adminPassword);
        } catch (RuntimeException e) {
            if (retention != null) {
                retention.shutdownNow();
            }
            knowledge.close();
            database.close();
            throw e;
        }
    }

    /** Imports the content folder into the database and builds the index from it; closes the index if that fails. */
    private static Knowledge openKnowledge(Database database, ServerSettings settings, Clock clock) {
        Path contentDir = settings.contentDir() == null ? SampleContent.folder() : settings.contentDir();
        KnowledgeIndex index = KnowledgeIndex.open(createDirectories(settings.indexDir()));
        Knowledge knowledge = new Knowledge(new EntryStore(database, clock), index, Synonyms.load(contentDir));
        try {
            LoadResult imported = knowledge.importFolder(contentDir);
            knowledge.rebuildIndex();
            LOG.info(() -> "imported " + imported.content().size() + " entries from " + contentDir + " with "
                + imported.errors().size() + " errors and " + imported.warnings().size() + " warnings");
            return knowledge;
        } catch (RuntimeException e) {
            knowledge.close();
            throw e;
        }
    }

    /** Health (the database answers, the index holds every entry) and metrics. */
    private static ObserveFeature observe(Database database, Knowledge knowledge) {
        return ObserveFeature.just(MetricsObserver.create(), HealthObserver.builder()
            .details(true)
            .addCheck(() -> HealthCheckResponse.builder().status(database.isUp()).build(), HealthCheckType.READINESS, "database")
            .addCheck(() -> HealthCheckResponse.builder().status(knowledge.isSearchable())
                .detail("entries", knowledge.content().size()).build(), HealthCheckType.READINESS, "index")
            .build());
    }

    /** The API routes and the one place where errors become api.md's JSON. */
    static void routing(HttpRouting.Builder routing, AskService ask, BookingService bookings, AdminService admin,
                        BookingAdminService bookingAdmin) {
        routing.register("/api/v1", ask)
            .register("/api/v1", bookings)
            .register("/api/v1/admin", admin)
            .register("/api/v1/admin", bookingAdmin)
            .get("/console", ConsoleAssets::redirect)
            .register("/console", new ConsoleAssets())
            .any("/api/*", (request, response) -> Json.error(response, 404, "not_found",
                "There is no " + request.prologue().method().text() + " " + request.path().path() + " in this API."))
            .error(ApiException.class, (request, response, e) -> Json.error(response, e.status(), e.code(), e.getMessage()))
            // the console shows each problem next to its field
            .error(InvalidFieldsException.class, (request, response, e) -> {
                Map<String, Object> body = new LinkedHashMap<>(Json.errorBody("invalid_entry", e.getMessage()));
                body.put("problems", e.problems());
                Json.send(response, 422, body);
            })
            // Helidon's own refusals (no such path outside /api, a body too large, a bad request line) keep their status
            .error(HttpException.class, (request, response, e) -> Json.error(response, e.status().code(),
                e.status().code() == 404 ? "not_found" : "http_" + e.status().code(), e.status().reasonPhrase() + "."))
            .error(Throwable.class, (request, response, e) -> {
                LOG.log(Level.SEVERE, "request to " + request.path().path() + " failed", e);
                Json.error(response, 500, "internal_error", "Something went wrong on the server; please try again.");
            });
    }

    /**
     * Erases old personal data now and then every hour, on a daemon thread; a failed run is logged and the next one
     * tries again.
     */
    private static ScheduledExecutorService startRetention(BookingRetention job) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "booking-retention");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the booking retention run failed; it will run again in an hour", e);
            }
        }, 0, 1, TimeUnit.HOURS);
        return executor;
    }

    /** The content folder's synonym list as written, for kiosks' snapshots; empty when the folder has none. */
    private static String synonymsText(ServerSettings settings) {
        Path file = (settings.contentDir() == null ? SampleContent.folder() : settings.contentDir()).resolve("synonyms.txt");
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Creates the first admin if absent; returns the password when it was made up here (demo mode), else null. */
    private static String firstAdmin(AccountStore accounts, ServerSettings settings) {
        String password = settings.adminPassword().isBlank() ? KioskTokens.newToken() : settings.adminPassword();
        boolean created = accounts.createIfAbsent("admin", password, Role.ADMIN, null);
        return created && settings.adminPassword().isBlank() ? password : null;
    }

    private static List<String> registerTokens(KioskTokens kiosks, ServerSettings settings) {
        if (!settings.kioskTokens().isEmpty()) {
            for (int i = 0; i < settings.kioskTokens().size(); i++) {
                kiosks.register(settings.kioskTokens().get(i), "kiosk-" + (i + 1), settings.kioskCentre());
            }
            return List.of();
        }
        String demo = KioskTokens.newToken();
        kiosks.register(demo, "demo-kiosk", settings.kioskCentre());
        return List.of(demo);
    }

    private static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index folder " + folder, e);
        }
    }

    public int port() {
        return webServer.port();
    }

    /** In demo mode, the random kiosk token created at start-up; empty when tokens come from configuration. */
    public List<String> demoTokens() {
        return demoTokens;
    }

    /** In demo mode, the admin password made up at first start; empty otherwise (and on later starts). */
    public Optional<String> demoAdminPassword() {
        return Optional.ofNullable(demoAdminPassword);
    }

    @Override
    public void close() {
        retention.shutdownNow();
        webServer.stop();
        knowledge.close();
        database.close();
    }
}
