package org.neverout.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neverout.model.Model;
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
 * The HTML report in a real browser: Debian's Chromium, headless, driven through the system's
 * chromedriver (never a downloaded one). Skipped when either is absent, so developers without them still
 * build; CI installs {@code chromium} and {@code chromium-driver}. Paths can be overridden with the system
 * properties {@code neverout.chromium} and {@code neverout.chromedriver}; with {@code -Dneverout.requireBrowser=true}
 * (as CI runs it) a missing browser fails the test instead.
 */
class BrowserReportTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("neverout.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("neverout.chromedriver", "/usr/bin/chromedriver"));
    private static final Path TARGET = Path.of("target");

    /** Kept so the setting sticks: Selenium's "no CDP implementation for Chromium N" notice is noise here. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!browserAvailable()) {
            // CI sets neverout.requireBrowser: there a missing browser is a failure, never a silent skip
            if (Boolean.getBoolean("neverout.requireBrowser")) {
                throw new IllegalStateException("neverout.requireBrowser is set but " + CHROMIUM + " or " + DRIVER
                        + " is missing (apt-get install -y chromium chromium-driver)");
            }
            return; // each test then skips with the reason
        }
        CDP_LOG.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("neverout-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    private static boolean browserAvailable() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
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
    void exampleReportRendersWithoutErrorsWithMapChartsAndANonBlankScreenshot() throws IOException {
        assumeTrue(driver != null, "browser test skipped: needs " + CHROMIUM + " and " + DRIVER
                + " (apt-get install -y chromium chromium-driver)");
        Model model = TestModels.example().orElseGet(() -> TestModels.parse(RealisticModel.yaml(), "realistic.yaml"));
        ReportInput input = TestModels.withSampleSections(TestModels.input(model, 2));
        Path html = TARGET.resolve("report-example.html").toAbsolutePath();
        Files.createDirectories(TARGET);
        Files.writeString(html, new HtmlReportWriter().render(input), StandardCharsets.UTF_8);

        driver.manage().window().setSize(new Dimension(1280, 1800));
        driver.get(html.toUri().toString());

        assertThat(driver.getTitle()).isEqualTo(input.meta().title());
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("console errors").isEmpty();

        WebElement map = driver.findElement(By.id("network-map"));
        assertThat(map.getRect().getWidth()).isGreaterThan(500);
        assertThat(map.getRect().getHeight()).isGreaterThan(300);
        assertThat(visible("#network-map .site circle")).isGreaterThanOrEqualTo(10);
        assertThat(visible("#network-map line.link")).isGreaterThanOrEqualTo(10);
        assertThat(visible("#network-map path.land")).as("country outline").isGreaterThanOrEqualTo(1);
        assertThat(visible("#network-map line.link.weak")).as("weak links highlighted").isGreaterThanOrEqualTo(1);
        assertThat(visible("#chart-cutsets rect.bar")).isGreaterThanOrEqualTo(model.services().size());
        assertThat(visible("#chart-downtime rect.bar")).isGreaterThanOrEqualTo(model.services().size());

        Path top = TARGET.resolve("report-screenshot.png");
        byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(top, png);
        assertThat(distinctColours(png)).as("distinct colours in the screenshot").isGreaterThan(200);

        byte[] mapPng = map.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(TARGET.resolve("report-map.png"), mapPng);
        assertThat(distinctColours(mapPng)).isGreaterThan(50);

        Files.write(TARGET.resolve("report-full.png"), fullPage());
        for (String section : List.of("charts", "findings", "single-points", "cut-sets", "control", "availability",
                "compliance", "method")) {
            WebElement element = driver.findElement(By.id(section));
            Files.write(TARGET.resolve("report-section-" + section + ".png"),
                    element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    /** Elements matching the selector with a non-empty bounding box. */
    private static long visible(String selector) {
        Object n = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "arguments[0])).filter(function (e) { var r = e.getBoundingClientRect(); "
                + "return r.width > 0 && r.height > 0; }).length;", selector);
        return ((Number) n).longValue();
    }

    /** A screenshot of the whole page through the DevTools protocol (chromedriver, no extra download). */
    private static byte[] fullPage() {
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", 1280,
                        "height", Math.min(height.intValue(), 16000), "scale", 1)));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    private static int distinctColours(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
