package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The console in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium with both paths
 * given, so nothing is downloaded), against a real server: what an operator does, page by page, and what kiosks then
 * answer. Each page is saved as a screenshot in {@code docs/console/}. Skipped, saying so, when Chromium is not
 * installed; {@code .ci/run} installs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("docs/console");
    private static final Path HSDS_EXAMPLES = Path.of("../../shared/data/hsds-examples");
    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\">";
    /** Monday 30 November 2026, 9:00 in Milan: the pages show the same days and times at every run. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
    /** A session of the sample content the next day, which the tests fill and whose register they keep. */
    private static final String GYM = "ginnastica-dolce-zante@2026-12-01T10:00";

    @TempDir
    static Path work;
    static AssistantServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "skipped: no Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        server = TestServers.start(work.resolve("index"), Map.of("security.kiosk-rate-limit", "0"), CLOCK);
        base = "http://127.0.0.1:" + server.port() + "/console/";
        ConsoleClient admin = ConsoleClient.admin(server);
        ConsoleClient operator = admin.createAndLogin("op-zante", "operator", "csrc-zante");
        // a session with two seats taken and one person waiting, for the activities and bookings pages
        book("Maria Rossi", "333 123 4567");
        book("Giuseppe Bianchi", "02 8845 0001");
        assertThat(operator.send("PUT", "/api/v1/admin/sessions/" + GYM.replace("@", "%40").replace(":", "%3A") + "/capacity",
            Map.of("capacity", 2)).status()).isEqualTo(200);
        book("Carla Verdi", "347 555 1212");
        // a FAQ whose text would run as script if any page put data into the page as HTML
        admin.send("POST", "/api/v1/admin/entries", Map.of("type", "faq", "fields", Map.of("id", "faq-ostile", "questions",
            List.of("Domanda " + HOSTILE), "answer", "Risposta " + HOSTILE, "lastReviewed", "2026-11-01", "source", "prova")));
        for (String question : List.of("dove si affilano i coltelli da cucina", "Dove si affilano i coltelli?",
            "chi affila i coltelli da cucina", "chi ha vinto il campionato di calcio " + HOSTILE)) {
            assertThat(ConsoleClient.answerSource(server, question)).as(question).isEmpty();
        }
        // Italian, as operators have it: dates in the form read 25/11/2026
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .withEnvironment(Map.of("LANGUAGE", "it", "LANG", "it_IT.UTF-8")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=it-IT", "--user-data-dir=" + Files.createDirectories(work.resolve("chromium")));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "it-IT,it"));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    // ---- helpers ----

    private static void open(String page) {
        browser.get(base + page);
        if (!page.isEmpty() && !page.startsWith("index")) {
            waitUntil("the page " + page + " is ready", () -> "true".equals(script("return document.body.dataset.ready || ''")));
        }
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) {
        Instant end = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(end)) {
            try {
                if (condition.get()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the page is between two states: look again
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
        saveAs(Path.of("target/console-failed.png"));
        throw new AssertionError("waited 15 s, still not: " + what + "; at " + browser.getCurrentUrl()
            + " (screenshot in target/console-failed.png), page text: " + find("main").getText());
    }

    private static String status() {
        return find("#status").getText();
    }

    private static void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Saves the page, from its top, as docs/console/NAME.png. */
    private static void screenshot(String name) {
        script("window.scrollTo(0, 0)");
        save(name);
    }

    /** Saves the page scrolled so that the element is in the middle of the window. */
    private static void screenshotAround(String name, String css) {
        script("arguments[0].scrollIntoView({block: 'center'})", find(css));
        save(name);
    }

    private static void save(String name) {
        saveAs(SCREENSHOTS.resolve(name + ".png"));
    }

    private static void saveAs(Path file) {
        try {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void logIn(String username, String password) {
        open("index.html");
        type("#username", username);
        type("#password", password);
        find("#enter").click();
        waitUntil("logged in as " + username, () -> browser.getCurrentUrl().contains("kb.html")
            && "true".equals(script("return document.body.dataset.ready || ''")));
    }

    /** Nothing hostile ran, and no value reached the page as anything but its own text. */
    private static void noScriptRan() {
        assertThat(script("return window.pwned === undefined")).isEqualTo(true);
        assertThat(find("main").getText()).doesNotContain("[object").doesNotContain("undefined");
        assertThatNoAlert();
    }

    private static void assertThatNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("a page opened an alert");
        } catch (NoAlertPresentException expected) {
            // what we want
        }
    }

    /** Booking codes are random: the screenshots show dots in their place, so they are the same at every run. */
    private static void hideBookingCodes() {
        script("document.querySelectorAll('#bookings tbody tr td:first-child').forEach(cell => cell.textContent = '●●●●●●')");
    }

    private static void book(String name, String phone) {
        ConsoleClient.Reply reply = ConsoleClient.raw(server, "POST", "/api/v1/bookings", ConsoleClient.write(Map.of("activitySessionId",
            GYM, "name", name, "phone", phone)), Map.of("Authorization", "Bearer " + TestServers.TOKEN, "Idempotency-Key",
            UUID.randomUUID().toString()));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    }

    private static String answer(String question) {
        ConsoleClient.Reply reply = ConsoleClient.raw(server, "POST", "/api/v1/ask", ConsoleClient.write(Map.of("text", question)),
            Map.of("Authorization", "Bearer " + TestServers.TOKEN));
        return reply.json().path("text").asText();
    }

    // ---- the pages ----

    @Test
    @Order(1)
    void anAdminLogsInAndSeesTheEntriesWithTheMenuOfTheirRole() {
        open("");
        assertThat(find("h1").getText()).isEqualTo("Accesso");
        screenshot("01-accesso");

        logIn("admin", TestServers.ADMIN_PASSWORD);

        assertThat(find("#account").getText()).contains("admin").contains("amministratore");
        assertThat(all("#menu a").stream().map(WebElement::getText).toList())
            .containsExactly("Schede", "Da rivedere", "Importa", "Domande senza risposta", "Attività", "Prenotazioni",
                "Chiamate di aiuto", "Chioschi", "Utilizzo", "Cambia password");
        assertThat(all("#entries tbody tr")).hasSizeGreaterThan(100);
        noScriptRan();
        assertThat(find("#entries").getText()).contains("Domanda " + HOSTILE);
        assertThat(all("#entries img")).isEmpty();
        screenshot("02-schede");
    }

    @Test
    @Order(2)
    void theListNarrowsByTypeAndCentreAndShowsWhatIsToReview() {
        find("#type option[value=activity]").click();
        find("#filters button[type=submit]").click();
        waitUntil("only activities", () -> all("#entries tbody tr").stream().allMatch(row -> row.getText().contains("Attività")));

        open("kb.html?vista=rivedere");

        assertThat(find("h1").getText()).isEqualTo("Schede da rivedere");
        List<WebElement> rows = all("#entries tbody tr");
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row.getText()).contains("Da rivedere"));
        screenshot("03-da-rivedere");
    }

    @Test
    @Order(3)
    void anEditedAndPublishedEntryIsAnsweredByKiosksAtOnce() {
        // given
        open("entry.html?id=faq-costo-tessera");
        WebElement answerField = find("[data-control=answer]");

        // when: a mistake first, shown next to its field
        answerField.clear();
        find("#save").click();
        waitUntil("the error next to the answer", () -> !all("[data-path=answer] .field-error").isEmpty());
        assertThat(find("[data-path=answer] .field-error").getText()).contains("obbligatorio");
        assertThat(answerField.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(status()).contains("Errore");
        screenshotAround("05-errore-accanto-al-campo", "[data-path=answer]");

        // when: the new fact, published
        answerField.sendKeys("La tessera del centro costa 17 euro all'anno e vale in tutti i CSRC del Municipio 4.");
        find("#publish").click();
        waitUntil("published", () -> status().contains("pubblicata"));

        // then
        assertThat(answer("quanto costa la tessera del centro?")).contains("17 euro");
        assertThat(find("#history-table").getText()).contains("admin").contains("ha pubblicato").contains("ha salvato una bozza");
        screenshot("04-scheda-pubblicata");
    }

    @Test
    @Order(4)
    void hostileEntryTextStaysText() {
        open("entry.html?id=faq-ostile");

        noScriptRan();
        assertThat(find("[data-control=answer]").getAttribute("value")).isEqualTo("Risposta " + HOSTILE);
        assertThat(all("main img")).isEmpty();
    }

    @Test
    @Order(5)
    void theHsdsExamplesAreImportedWithAReportOfWhatWasAddedAndRefused() {
        assumeTrue(Files.isDirectory(HSDS_EXAMPLES), "skipped: no HSDS examples at " + HSDS_EXAMPLES.toAbsolutePath());
        open("import.html");
        String files;
        try (Stream<Path> listed = Files.list(HSDS_EXAMPLES)) {
            files = listed.filter(file -> file.toString().endsWith(".json")).sorted()
                .map(file -> file.toAbsolutePath().normalize().toString()).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        find("#files").sendKeys(files);
        find("#import").click();
        waitUntil("three reports", () -> all(".report").size() == 3);

        String reports = find("#reports").getText();
        assertThat(reports).contains("service_full.json").contains("service_list.json").contains("organization_full.json");
        assertThat(reports).contains("Importato.").contains("Aggiunte");
        // a latitude of 100 is dropped, with its line and field; the rest of the file is kept
        WebElement full = all(".report").stream().filter(report -> report.getText().contains("service_full.json"))
            .findFirst().orElseThrow();
        assertThat(full.getText()).contains("Importato in parte.").contains("153")
            .contains("service_at_locations[1].location.latitude");
        assertThat(reports).containsPattern("Riga|Avvisi");
        screenshot("06-importa");
    }

    @Test
    @Order(6)
    void aQuestionWithoutAnAnswerBecomesAFaqThatKiosksAnswer() {
        open("unanswered.html");
        noScriptRan();
        assertThat(find("#groups").getText()).contains("campionato di calcio " + HOSTILE);
        assertThat(all("main img")).isEmpty();
        WebElement group = all(".group").stream().filter(section -> section.getText().contains("coltelli")).findFirst().orElseThrow();
        assertThat(group.getText()).contains("Chiesta 3 volte").contains("Anche chiesta così:").contains("Dove si affilano i coltelli?");

        group.findElement(By.cssSelector(".make-faq")).click();
        group.findElement(By.cssSelector("[data-control=answer]")).sendKeys("L'arrotino passa dal CSRC Zante il primo martedì del mese, "
            + "dalle 9 alle 12.");
        screenshot("07-domande-senza-risposta");
        group.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil("the FAQ published", () -> group.getText().contains("FAQ pubblicata"));

        assertThat(answer("dove si affilano i coltelli da cucina")).contains("arrotino");
    }

    @Test
    @Order(7)
    void anOperatorCannotChangeAnotherCentresEntry() {
        find("#logout").click();
        waitUntil("logged out", () -> browser.getCurrentUrl().contains("index.html"));
        logIn("op-zante", "password-op-zante");
        // the centre by its name, as operators know it
        assertThat(find("#account").getText()).contains("operatore").contains("centro CSRC Zante");

        open("entry.html?id=ginnastica-dolce-ritrovo-15");

        assertThat(find("#state").getText()).contains("Puoi solo leggerla");
        assertThat(all("#publish")).isEmpty();
        assertThat(find("[data-control=title]").isEnabled()).isFalse();
        screenshot("08-altro-centro-solo-lettura");
        // the page offers no way to change it; asked directly, with the session's own CSRF token, the server refuses too
        Object refused = ((JavascriptExecutor) browser).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const path = '/entries/ginnastica-dolce-ritrovo-15';"
                + "Console.call('GET', path).then(shown => Console.call('PUT', path + '/draft',"
                + " {type: 'activity', fields: {...shown.body.published, cost: 'Gratis'}}))"
                + ".then(() => done('saved'), error => done(error.code));");
        assertThat(refused).isEqualTo("forbidden");
        assertThat(all("#menu a").stream().map(WebElement::getText).toList()).contains("Domande senza risposta");
    }

    @Test
    @Order(8)
    void anOperatorChangesTheirPassword() {
        open("password.html");
        type("#current", "password-op-zante");
        type("#fresh", "una nuova frase segreta");
        type("#again", "una nuova frase segreta");
        find("#save-password").click();
        waitUntil("changed", () -> status().contains("Password cambiata"));
        screenshot("09-cambia-password");
    }

    @Test
    @Order(9)
    void anOperatorSeesTheirActivitiesWithSeatsAndIsToldWhatCancellingASessionWouldUndo() {
        open("attivita.html");

        WebElement gym = find("[data-activity=ginnastica-dolce-zante]");
        assertThat(gym.getText()).contains("Ogni martedì e giovedì alle 10:00, 60 minuti");
        WebElement row = find("tr[data-session='" + GYM + "']");
        assertThat(row.getText()).contains("martedì 1 dicembre").contains("Si tiene");
        assertThat(row.findElements(By.cssSelector("td.number")).stream().map(WebElement::getText).toList())
            .containsExactly("2", "2", "1", "0");
        assertThat(all("[data-activity]")).extracting(section -> section.getAttribute("data-activity"))
            .contains("ginnastica-dolce-zante", "tombola-zante").doesNotContain("ginnastica-dolce-ritrovo-15", "ballo-liscio-ritrovo-15");
        screenshot("10-attivita");

        row.findElement(By.cssSelector(".session-cancel")).click();
        waitUntil("the warning", () -> !all(".cancel-warning").isEmpty());
        assertThat(find(".cancel-warning").getText())
            .contains("si cancellano 3 prenotazioni (2 confermate, 1 in lista d'attesa)").contains("avvisare per telefono");
        screenshotAround("11-annulla-sessione", ".cancel-warning");
        find(".panel-row button.secondary").click();
        assertThat(all(".cancel-warning")).isEmpty();

        // an extra session: a tombola on Saturday afternoon
        find("#new-activity-id option[value=tombola-zante]").click();
        script("document.getElementById('new-date').value = '2026-12-05'; document.getElementById('new-time').value = '15:30';");
        find("#add-session-button").click();
        waitUntil("the session added", () -> status().contains("sessione aggiunta"));
        assertThat(find("tr[data-session='tombola-zante@2026-12-05T15:30']").getText()).contains("(aggiunta)");
    }

    @Test
    @Order(10)
    void anOperatorMarksAttendanceAndPrintsTheRegisterWithASignatureColumn() {
        open("prenotazioni.html?session=" + GYM.replace("@", "%40").replace(":", "%3A"));

        assertThat(find("#register-title").getText()).startsWith("Ginnastica dolce — martedì 1 dicembre").contains("10:00");
        List<WebElement> rows = all("#bookings tbody tr");
        assertThat(rows).extracting(WebElement::getText).satisfiesExactly(
            first -> assertThat(first).contains("Maria Rossi").contains("333 123 4567").contains("Confermata"),
            second -> assertThat(second).contains("Giuseppe Bianchi").contains("Confermata"),
            third -> assertThat(third).contains("Carla Verdi").contains("In lista d'attesa (n. 1)")
                .contains("Conferma (è la prima in attesa)"));
        assertThat(find("#csv").getAttribute("href")).endsWith("/bookings.csv");

        // when
        rows.get(0).findElement(By.cssSelector(".attendance")).click();
        waitUntil("attendance saved", () -> status().contains("Maria Rossi: presente"));

        // then: the server has it, so it is still there when the page is opened again
        open("prenotazioni.html?session=" + GYM.replace("@", "%40").replace(":", "%3A"));
        assertThat(all("#bookings .attendance").get(0).isSelected()).isTrue();
        assertThat(all("#bookings .attendance").get(1).isSelected()).isFalse();
        hideBookingCodes();
        screenshot("12-prenotazioni");

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(find("th.print-only").isDisplayed()).isTrue();
            assertThat(find("th.print-only").getText()).isEqualTo("Firma");
            assertThat(find("header.top").isDisplayed()).isFalse();
            assertThat(find("#print").isDisplayed()).isFalse();
            screenshot("13-prenotazioni-stampa");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(find("th.print-only").isDisplayed()).isFalse();
    }

    @Test
    @Order(11)
    void aHelpCallFromAKioskShowsAtOnceAndIsTaken() {
        open("chiamate.html");
        waitUntil("listening", () -> "live".equals(script("return document.body.dataset.helpCalls || ''")));
        assertThat(all(".help-alert")).isEmpty();

        // when: the kiosk's help button
        ConsoleClient.Reply called = ConsoleClient.raw(server, "POST", "/api/v1/help-calls", ConsoleClient.write(Map.of("reason",
            "help_button")), Map.of("Authorization", "Bearer " + TestServers.TOKEN));
        assertThat(called.status()).isEqualTo(201);

        // then
        waitUntil("the alert", () -> !all(".help-alert").isEmpty());
        WebElement alert = find(".help-alert");
        assertThat(find("#help-alerts").getAttribute("role")).isEqualTo("alert");
        assertThat(alert.getText()).contains("Chiamata di aiuto").contains("chiosco kiosk-1, CSRC Zante")
            .contains("ha premuto il pulsante di aiuto").contains("alle 09:00");
        waitUntil("the call listed", () -> find("#calls-table").getText().contains("Aperta"));
        screenshot("14-chiamata-di-aiuto");

        alert.findElement(By.cssSelector(".take-call")).click();
        waitUntil("the alert gone", () -> all(".help-alert").isEmpty());
        waitUntil("the call taken", () -> find("#calls-table tbody tr").getText().contains("Presa in carico"));
        assertThat(find("#calls-table tbody tr").getText()).contains("op-zante");
    }

    @Test
    @Order(12)
    void anOperatorSeesTheirKioskOnlineAndSwitchesPracticeMode() {
        open("chioschi.html");

        WebElement kiosk = find("tr[data-kiosk=kiosk-1]");
        assertThat(kiosk.getText()).contains("CSRC Zante").contains("In linea");
        assertThat(all("#create-kiosk:not(.hidden)")).isEmpty();
        kiosk.findElement(By.cssSelector(".practice")).click();
        waitUntil("practice on", () -> status().contains("modalità prova attiva"));
        screenshot("15-chioschi");
    }

    @Test
    @Order(13)
    void anOperatorReadsTheWeeksUsageInCounts() {
        open("utilizzo.html");

        WebElement week = find("#usage-table tbody tr");
        assertThat(week.getText()).contains("2026-W49").contains("CSRC Zante");
        assertThat(find("#usage-table").getText()).doesNotContain("coltelli").doesNotContain("Maria");
        screenshot("16-utilizzo");
    }
}
