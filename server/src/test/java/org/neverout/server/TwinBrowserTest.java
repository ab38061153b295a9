package org.neverout.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The twin in a real browser (Debian's Chromium, headless, through the system's chromedriver, as the
 * report's BrowserReportTest): log in through the form, click a node on the map, see the services it
 * takes down and 112 stay up, with no console error and nothing loaded from another origin; the other
 * pages render on a 390 px wide phone screen without errors. Skipped when Chromium or chromedriver is
 * absent unless {@code -Dneverout.requireBrowser=true}.
 */
class TwinBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("neverout.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("neverout.chromedriver", "/usr/bin/chromedriver"));
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    private static ChromeDriver driver;
    private static Path profile;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if (Boolean.getBoolean("neverout.requireBrowser")) {
                throw new IllegalStateException("neverout.requireBrowser is set but " + CHROMIUM + " or " + DRIVER
                        + " is missing (apt-get install -y chromium chromium-driver)");
            }
            return;
        }
        CDP_LOG.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("neverout-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void logInClickANodeOnTheMapAndSeeServicesGoDownWhile112StaysUp() throws Exception {
        assumeTrue(driver != null, "browser test skipped: needs " + CHROMIUM + " and " + DRIVER
                + " (apt-get install -y chromium chromium-driver)");
        try (TwinTestServer s = new TwinTestServer(dir, TwinTestServer.EXAMPLE, null)) {
            s.app.start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + s.app.port();
                driver.manage().window().setSize(new Dimension(1280, 1000));
                driver.get(base + "/map");
                until("the login page", () -> driver.getCurrentUrl().contains("/login"));
                driver.findElement(By.name("username")).sendKeys("analyst");
                driver.findElement(By.name("password")).sendKeys(TestServer.password("analyst"));
                driver.findElement(By.cssSelector("button[type=submit]")).click();
                try {
                    until("signed in", () -> !driver.getCurrentUrl().contains("/login"));
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; the page says: "
                            + driver.findElement(By.tagName("body")).getText(), e);
                }

                driver.get(base + "/map");
                until("the node on the map", () -> !driver.findElements(By.cssSelector("#map path.node-ehv-atc-1")).isEmpty());
                WebElement node = driver.findElement(By.cssSelector("#map path.node-ehv-atc-1"));
                // Oirschot's node sits a few pixels from Eindhoven's at this zoom: a real mouse click where the
                // node is the topmost element, as a user aims at it
                Number[] at = visiblePoint(node);
                new org.openqa.selenium.interactions.Actions(driver)
                        .moveToElement(node, at[0].intValue(), at[1].intValue()).click().perform();
                until("the services down", () -> driver.findElements(By.id("services-down")).stream()
                        .anyMatch(e -> e.getText().contains("air-traffic-eindhoven")));
                WebElement down = driver.findElement(By.id("services-down"));
                assertThat(down.getText()).doesNotContain("emergency-112");
                assertThat(driver.findElement(By.id("services-up")).getText()).contains("emergency-112");
                assertThat(driver.findElement(By.id("impact")).getText()).contains("service(s) down");
                assertThat(node.getAttribute("class")).contains("down-whatif").contains("selected");
                assertThat(driver.findElements(By.cssSelector("#map path.outline"))).as("offline outline").isNotEmpty();

                // reset clears the what-if
                driver.findElement(By.id("reset")).click();
                until("the reset", () -> driver.findElement(By.id("selection")).getText().equals("nothing"));

                // the other pages, on a phone
                driver.manage().window().setSize(new Dimension(390, 844));
                for (String page : List.of("/", "/services", "/live", "/history", "/compliance", "/map")) {
                    driver.get(base + page);
                    until(page + " loaded", () -> ((JavascriptExecutor) driver).executeScript("return document.readyState")
                            .equals("complete"));
                    Thread.sleep(500); // let the page's fetches settle before reading the console
                    Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(overflow.intValue()).as(page + " fits a 390 px screen").isLessThanOrEqualTo(0);
                    assertSameOriginOnly(base, page);
                }
                List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
                assertThat(severe).as("console errors").isEmpty();
            } finally {
                s.app.stop();
            }
        }
    }

    /** Polls {@code condition} for up to a minute (selenium-support's waits are not among the test tools). */
    private static void until(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited a minute for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** An offset from the element's centre at which it is the topmost element. */
    private static Number[] visiblePoint(WebElement element) {
        Object found = ((JavascriptExecutor) driver).executeScript(
                "var el = arguments[0], r = el.getBoundingClientRect();"
                + "var cx = r.left + r.width / 2, cy = r.top + r.height / 2;"
                + "for (var d = 0; d <= 5; d++) { for (var a = 0; a < 16; a++) {"
                + "  var dx = Math.round(d * Math.cos(a * Math.PI / 8)), dy = Math.round(d * Math.sin(a * Math.PI / 8));"
                + "  if (document.elementFromPoint(cx + dx, cy + dy) === el) { return [dx, dy]; } } }"
                + "return null;", element);
        assertThat(found).as("a point where the node is on top").isNotNull();
        List<?> xy = (List<?>) found;
        return new Number[] {(Number) xy.get(0), (Number) xy.get(1)};
    }

    @SuppressWarnings("unchecked")
    private static void assertSameOriginOnly(String base, String page) {
        List<String> loaded = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(loaded).as(page + ": resources").isNotEmpty();
        for (String url : loaded) {
            assertThat(url).as(page + " loads only from this origin").startsWith(base + "/");
        }
    }
}
