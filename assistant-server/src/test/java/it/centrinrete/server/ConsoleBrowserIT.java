package it.centrinrete.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    @TempDir
    static Path work;
    static AssistantServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "skipped: no Chromium at " + CHROMIUM + " with its driver at " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        server = TestServers.start(work.resolve("index"), Map.of("security.kiosk-rate-limit", "0"));
        base = "http://127.0.0.1:" + server.port() + "/console/";
        ConsoleClient admin = ConsoleClient.admin(server);
        admin.createAndLogin("op-zante", "operator", "csrc-zante");
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
            .containsExactly("Schede", "Da rivedere", "Importa", "Domande senza risposta", "Cambia password");
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
}
