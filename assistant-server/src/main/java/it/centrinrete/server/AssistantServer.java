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
import it.centrinrete.server.admin.ActivityAdminService;
import it.centrinrete.server.helpcalls.HelpCallAdminService;
import it.centrinrete.server.helpcalls.HelpCallHub;
import it.centrinrete.server.helpcalls.HelpCallService;
import it.centrinrete.server.helpcalls.HelpCallStore;
import it.centrinrete.server.helpcalls.HelpCalls;
import it.centrinrete.server.kiosks.KioskAdminService;
import it.centrinrete.server.kiosks.KioskService;
import it.centrinrete.server.security.KioskPresence;
import it.centrinrete.server.usage.UsageCounter;
import it.centrinrete.server.usage.UsageReport;
import it.centrinrete.server.usage.UsageService;
import it.centrinrete.kb.content.Centre;
import java.util.function.Function;
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
    /** Consoles listening live for help calls at once; more are refused with a 503. */
    private static final int MOST_LISTENERS = 200;

    private final Database database;
    private final Knowledge knowledge;
    private final WebServer webServer;
    private final ScheduledExecutorService housekeeping;
    private final HelpCallHub helpCallHub;
    private final UsageCounter usage;
    private final KioskPresence presence;
    private final List<String> demoTokens;
    private final String demoAdminPassword;

    private AssistantServer(Database database, Knowledge knowledge, WebServer webServer, ScheduledExecutorService housekeeping,
                            HelpCallHub helpCallHub, UsageCounter usage, KioskPresence presence, List<String> demoTokens,
                            String demoAdminPassword) {
        this.database = database;
        this.knowledge = knowledge;
        this.webServer = webServer;
        this.housekeeping = housekeeping;
        this.helpCallHub = helpCallHub;
        this.usage = usage;
        this.presence = presence;
        this.demoTokens = demoTokens;
        this.demoAdminPassword = demoAdminPassword;
    }

    public static AssistantServer start(Config config) {
        return start(config, Clock.systemUTC());
    }

    /** The server on another clock: tests fix it, so that what the console shows is the same at every run. */
    static AssistantServer start(Config config, Clock clock) {
        ServerSettings settings = ServerSettings.from(config);
        Database database = Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        Knowledge knowledge;
        try {
            knowledge = openKnowledge(database, settings, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        ScheduledExecutorService housekeeping = null;
        HelpCallHub helpCallHub = new HelpCallHub(MOST_LISTENERS);
        try {
            KioskTokens kiosks = new KioskTokens(database, clock);
            List<String> demoTokens = registerTokens(kiosks, settings);
            UnansweredLog unanswered = new UnansweredLog(database, clock);
            SessionCalendar calendar = new SessionCalendar(database, knowledge::content, HolidayCalendar.milan(), clock);
            BookingLedger ledger = new BookingLedger(database, calendar, settings.bookingRules(), clock, new SecureRandom());
            AuditLog audit = new AuditLog(database, clock);
            HelpCalls helpCalls = new HelpCalls(new HelpCallStore(database), helpCallHub, audit, clock);
            Assistant assistant = new Assistant(knowledge, unanswered, calendar, ledger, helpCalls, clock, settings.maxSessions(),
                settings.conversationIdle());
            AccountStore accounts = new AccountStore(database, clock);
            String adminPassword = firstAdmin(accounts, settings);
            // one set of console sessions for every console service, so one login serves them all
            ConsoleSessions consoles = new ConsoleSessions(CONSOLE_IDLE, clock);
            AdminService admin = new AdminService(accounts, consoles, new LoginThrottle(clock),
                unanswered, knowledge, audit);
            KioskPresence presence = new KioskPresence(database, clock);
            KioskGate gate = new KioskGate(kiosks, new RateLimiter(settings.kioskRateLimit(), clock), presence);
            UsageCounter usage = new UsageCounter(database, clock);
            AskService ask = new AskService(assistant, gate, usage);
            Function<String, String> centreNames = id -> knowledge.content().find(id, Centre.class).map(Centre::name).orElse(id);
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
            housekeeping = startHousekeeping(new BookingRetention(database, settings.bookingRules(), clock), usage, presence);
            WebServer webServer = WebServer.builder()
                .config(config.get("server"))
                .addFeature(observe(database, knowledge))
                // time, request line, status, size, duration: no client address and no user, so no personal data
                .addFeature(AccessLogFeature.builder().format("%t %r %s %b %D").build())
                .routing(routing -> routing(routing.register("/api/v1", snapshot, new HelpCallService(helpCalls, gate),
                        new KioskService(gate, kiosks, knowledge))
                    .register("/api/v1/admin", entries, questions, new ActivityAdminService(consoles, knowledge),
                        new KioskAdminService(consoles, kiosks, presence, knowledge, audit),
                        new HelpCallAdminService(consoles, helpCalls, centreNames, settings.eventsHeartbeat()),
                        new UsageService(consoles, new UsageReport(database, usage), centreNames, clock)),
                    ask, bookings, admin, bookingAdmin))
                .build()
                .start();
            if (!webServer.isRunning() || webServer.port() < 0) {
                // Helidon logs a listener that cannot bind (the port is taken) but returns: stop here, not "listening on -1"
                webServer.stop();
                throw new IllegalStateException("the server could not listen on port " + config.get("server.port").asString().orElse("8080")
                    + ": is another server using it?");
            }
            return new AssistantServer(database, knowledge, webServer, housekeeping, helpCallHub, usage, presence, demoTokens,
                adminPassword);
        } catch (RuntimeException e) {
            helpCallHub.close();
            if (housekeeping != null) {
                housekeeping.shutdownNow();
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
     * On one daemon thread: erases old personal data now and then every hour; adds the usage counts and the kiosks'
     * last-seen times to the database every minute. A failed run is logged and the next one tries again.
     */
    private static ScheduledExecutorService startHousekeeping(BookingRetention retention, UsageCounter usage, KioskPresence presence) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> attempt("the booking retention run", retention::run), 0, 1, TimeUnit.HOURS);
        executor.scheduleWithFixedDelay(() -> {
            attempt("adding the usage counts", usage::flush);
            attempt("writing when kiosks were last seen", presence::flush);
        }, 1, 1, TimeUnit.MINUTES);
        return executor;
    }

    private static void attempt(String what, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; it will be tried again", e);
        }
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

    /** How many consoles listen live for help calls now; tests check that closed pages are let go. */
    int helpCallListeners() {
        return helpCallHub.listeners();
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
        housekeeping.shutdownNow();
        // open streams of help calls end first, so that stopping the web server waits for no one
        helpCallHub.close();
        webServer.stop();
        attempt("adding the last usage counts", usage::flush);
        attempt("writing when kiosks were last seen", presence::flush);
        knowledge.close();
        database.close();
    }
}
