package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.store.KgStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code kg serve} in a real browser: Debian's headless Chromium driven through its chromedriver,
 * over a store built from {@code data/articles} by {@code kg ingest}. Screenshots go to
 * {@code target/screenshots/}. Chromium missing is a failure, not a skip ({@code .ci/run} installs it).
 */
class ServePageBrowserTest {

    static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = HOME.resolve("target/screenshots");
    /** Generous: the machine may be busy; no assertion depends on speed. */
    static final Duration WAIT = Duration.ofSeconds(60);

    /** The one user allowed to add articles in this test; invented here, never a default. */
    static final Credentials.Login EDITOR = new Credentials.Login("night-desk", "salt-flats-7");

    @TempDir
    static Path tmp;

    static KgStore kg;
    static SparqlServer server;
    static ChromeDriver driver;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Path store = tmp.resolve("store");
        assertEquals(0, Main.commandLine().execute("ingest", "-q", "--no-progress", "--store", store.toString(),
                HOME.resolve("data/articles").toString()), "kg ingest of the sample articles");
        kg = KgStore.open(store);
        ServeOptions options = ServeOptions.readOnly("127.0.0.1", 0).withCredentials(Credentials.of(EDITOR));
        server = SparqlServer.start(kg, options,
                ArticleIntake.load(kg, HOME.resolve("data"), List.of(), ServeOptions.DEFAULT_MAX_BODY,
                        Duration.ofMinutes(10)));
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(CHROMIUM.toFile());
        // Without the networking switches Chromium waits for services it cannot reach on a closed network.
        chrome.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        driver = new ChromeDriver(service, chrome);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (kg != null) {
            kg.close();
        }
    }

    @Test
    void searchLeadsToThePhoneCallAndItsEvidenceSentence() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(base);
        heading("Explore the news graph");
        WebElement box = driver.findElement(By.id("search-box"));
        assertEquals("Search people, places, organizations",
                driver.findElement(By.cssSelector("label[for=search-box]")).getAttribute("textContent"),
                "the search box has a label (visually hidden)");
        box.sendKeys("Xi Jinping", Keys.ENTER);
        WebElement hit = waitFor(By.xpath("//ul[@id='search-results']/li[a[normalize-space()='Xi Jinping']]"));
        assertTrue(hit.getText().contains("Person"), hit.getText());
        assertTrue(hit.getText().contains("Q15031"), "the Wikidata QID is shown: " + hit.getText());
        shoot("1-search");

        hit.findElement(By.linkText("Xi Jinping")).click();
        heading("Xi Jinping");
        WebElement call = waitFor(By.xpath("//ol[@id='timeline']/li[@data-type='PhoneCall'][.//a[normalize-space()='Vladimir Putin']]"));
        assertTrue(driver.findElement(By.linkText("Wikidata Q15031")).getAttribute("href").endsWith("/wiki/Q15031"));
        assertTrue(driver.findElement(By.id("h-roles")).isDisplayed());
        WebElement graphList = waitFor(By.xpath("//div[@id='entity-graph']//li[a[normalize-space()='Vladimir Putin']]"));
        assertTrue(graphList.isDisplayed());
        assertTrue(driver.findElements(By.cssSelector("#entity-graph canvas")).size() > 0, "Cytoscape drew the graph");
        shoot("2-entity");
        graphList.findElement(By.xpath(".//button[normalize-space()='Expand']")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(
                By.xpath("//div[@id='entity-graph']//li[a[normalize-space()='Vladimir Putin']]//button")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("#entity-graph [aria-live]")).getText().contains("Vladimir Putin"),
                "the expansion is announced");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('h-graph').scrollIntoView()");
        shoot("2-entity-graph");

        call.findElement(By.xpath("./a[contains(@href, '#/event/')]")).click();
        heading("Phone call");
        String who = waitFor(By.id("participants")).getText();
        assertTrue(who.contains("Xi Jinping") && who.contains("Vladimir Putin"), who);
        WebElement evidence = waitFor(By.cssSelector("#event-evidence blockquote.evidence"));
        assertTrue(evidence.getText().contains("phone conversation with his Russian counterpart, Vladimir Putin"), evidence.getText());
        assertEquals("phone conversation", evidence.findElement(By.tagName("mark")).getText(), "the words that tell the event are marked");
        shoot("3-phone-call");

        evidence.findElement(By.partialLinkText("in “")).click();
        WebElement marked = waitFor(By.cssSelector("#article-text mark"));
        assertEquals("phone conversation", marked.getText());
        List<WebElement> putin = driver.findElements(By.cssSelector("#article-text a.m.t-Person[href*='Q7747']"));
        assertTrue(putin.size() >= 2, "mentions of the second party are linked: " + putin.size());
        shoot("4-article");
    }

    @Test
    void theReadyQueriesRunAndSortInTheSparqlBox() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(base + "#/sparql");
        heading("SPARQL");
        new Select(waitFor(By.id("query-choice"))).selectByVisibleText("talked-with.rq");
        assertTrue(driver.findElement(By.id("query-text")).getAttribute("value").contains("nkg:talkedWith"),
                "the query's text comes from queries/talked-with.rq");
        driver.findElement(By.id("query-run")).click();
        WebElement table = waitFor(By.cssSelector("#query-results table"));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertTrue(rows.size() >= 2, "pairs from more than one article: " + rows.size());
        assertTrue(table.getText().contains("Vladimir Putin"), table.getText());
        WebElement header = table.findElement(By.xpath(".//th[button[normalize-space()='aLabel']]"));
        header.findElement(By.tagName("button")).click();
        assertEquals("ascending", header.getAttribute("aria-sort"));
        List<String> labels = table.findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream().map(WebElement::getText).toList();
        assertEquals(labels.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), labels, "sorted by aLabel");
        header.findElement(By.tagName("button")).click();
        assertEquals("descending", header.getAttribute("aria-sort"));
        shoot("5-sparql");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base + "#/search/Putin");
        waitFor(By.xpath("//ul[@id='search-results']/li[a[normalize-space()='Vladimir Putin']]"));
        assertTrue(!driver.findElement(By.id("view")).getText().contains("null"), "no stray values on the page");
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no horizontal scrolling at phone width: " + overflow + " px");
        shoot("6-phone");
    }

    @Test
    void anUploadedArticleIsReadAndItsEntitiesFound() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        Path article = tmp.resolve("andes-lithium-corridor.txt");
        try (var in = ServePageBrowserTest.class.getResourceAsStream("andes-lithium-corridor.txt")) {
            Files.copy(in, article, StandardCopyOption.REPLACE_EXISTING);
        }
        driver.get(base + "#/upload");
        heading("Add an article");
        waitFor(By.id("upload-file")).sendKeys(article.toString());
        assertEquals("andes-lithium-corridor.txt", driver.findElement(By.id("upload-name")).getAttribute("value"));
        driver.findElement(By.id("upload-user")).sendKeys(EDITOR.user());
        driver.findElement(By.id("upload-password")).sendKeys("not-the-password");
        driver.findElement(By.id("upload-send")).click();
        assertTrue(waitFor(By.cssSelector("#upload-result [role=alert]")).getText().contains("password is wrong"),
                "a wrong password is refused");
        assertTrue(driver.findElements(By.cssSelector("#upload-entities")).isEmpty());

        driver.findElement(By.id("upload-password")).clear();
        driver.findElement(By.id("upload-password")).sendKeys(EDITOR.password());
        driver.findElement(By.id("upload-send")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#upload-result h2")).isEmpty()
                || !d.findElement(By.id("upload-result")).getText().matches("(?s).*(password is wrong|Reading).*"));
        assertTrue(driver.findElements(By.cssSelector("#upload-result [role=alert]")).isEmpty(),
                () -> "the upload is accepted: " + driver.findElement(By.id("upload-result")).getText());
        WebElement found = waitFor(By.id("upload-entities"));
        assertTrue(found.findElement(By.linkText("Gabriel Boric")).getAttribute("href").contains("Q16297876"), found.getText());
        assertTrue(found.getText().contains("Javier Milei") && found.getText().contains("Chile"), found.getText());
        assertTrue(driver.findElements(By.cssSelector("#upload-result canvas")).size() > 0, "the article's graph is drawn");
        waitFor(By.xpath("//div[@id='upload-result']//li[a[normalize-space()='Javier Milei']]"));
        shoot("7-upload");

        // The new article is in the graph the whole page reads: search finds its people, their meeting is there.
        driver.findElement(By.id("search-box")).sendKeys("Boric", Keys.ENTER);
        waitFor(By.xpath("//ul[@id='search-results']/li/a[normalize-space()='Gabriel Boric']")).click();
        heading("Gabriel Boric");
        WebElement meeting = waitFor(By.xpath("//ol[@id='timeline']/li[@data-type='Meeting'][.//a[normalize-space()='Javier Milei']]"));
        assertTrue(meeting.findElement(By.tagName("blockquote")).getText().contains("held talks with Argentine President Javier Milei"),
                meeting.getText());
        shoot("8-uploaded-entity");
    }

    private static void heading(String start) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textMatches(By.tagName("h1"),
                java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(start))));
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void shoot(String name) throws IOException {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
