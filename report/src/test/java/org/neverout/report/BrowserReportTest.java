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
        for (String section : List.of("decision", "limitations", "charts", "findings", "single-points", "cut-sets",
                "control", "availability", "compliance", "method")) {
            WebElement element = driver.findElement(By.id(section));
            Files.write(TARGET.resolve("report-section-" + section + ".png"),
                    element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    /** Printable height of an A4 page under the report's print margins (12 mm top and bottom), in CSS px. */
    private static final double A4_PRINTABLE_PX = (297 - 24) / 25.4 * 96;
    /** Printable width (12 mm left and right), in CSS px. */
    private static final int A4_PRINTABLE_WIDTH_PX = (int) Math.floor((210 - 24) / 25.4 * 96);

    @Test
    void theExamplePrintsToAtMostTwelveA4PagesWithTheDecisionPageFirstAndTheAppendixOnlyOnRequest()
            throws IOException {
        assumeTrue(driver != null, "browser test skipped: needs " + CHROMIUM + " and " + DRIVER);
        ReportInput input = exampleInput();
        Path html = write("report-print.html", new HtmlReportWriter().render(input));
        driver.manage().window().setSize(new Dimension(1280, 1800));
        driver.get(html.toUri().toString());
        byte[] pdf = printToPdf();
        Files.write(TARGET.resolve("report-example.pdf"), pdf);
        int pages = pdfPages(pdf);
        assertThat(pages).as("A4 pages of the printed example").isBetween(3, 12);

        // the printed layout, as one long page: the decision page is the first section and fits one A4 page
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_PRINTABLE_WIDTH_PX,
                "height", 1200, "deviceScaleFactor", 1, "mobile", false));
        try {
            Map<?, ?> layout = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                    "var main = document.querySelector('main');"
                    + "var d = document.getElementById('decision');"
                    + "var cs = function (id) { return getComputedStyle(document.getElementById(id)); };"
                    + "return {first: main.firstElementChild.id, bottom: d.getBoundingClientRect().bottom + scrollY,"
                    + " nav: getComputedStyle(document.querySelector('nav.toc')).display,"
                    + " limitations: cs('limitations').breakBefore, appendix: cs('cut-sets').display};");
            Files.write(TARGET.resolve("report-print-layout.png"), fullPage(A4_PRINTABLE_WIDTH_PX));
            assertThat(layout.get("first")).isEqualTo("decision");
            assertThat(((Number) layout.get("bottom")).doubleValue()).as("decision page bottom (px) in print")
                    .isLessThanOrEqualTo(A4_PRINTABLE_PX);
            assertThat(layout.get("limitations")).as("limitations start page 2").isEqualTo("page");
            assertThat(layout.get("nav")).isEqualTo("none");
            assertThat(layout.get("appendix")).as("cut-set appendix left out of print").isEqualTo("none");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        // a previous period with every service changed: the trend stays short, the decision page one page;
        // with root causes added and removed, availability then and now and four recorded periods
        ReportInput withTrend = withStore(input);
        Path trendHtml = write("report-print-trend.html", new HtmlReportWriter().render(withTrend));
        driver.get(trendHtml.toUri().toString());
        byte[] trendPdf = printToPdf();
        Files.write(TARGET.resolve("report-example-trend.pdf"), trendPdf);
        assertThat(pdfPages(trendPdf)).as("A4 pages of the printed example with the trend").isBetween(3, 12);
        assertThat(visible("#chart-trend g.period")).as("one column per period").isEqualTo(5);
        assertThat(visible("#chart-trend circle.worst:not(.key)")).isEqualTo(5);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_PRINTABLE_WIDTH_PX,
                "height", 1200, "deviceScaleFactor", 1, "mobile", false));
        try {
            Number bottom = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('decision').getBoundingClientRect().bottom + scrollY;");
            assertThat(visible("#decision .trend.worse")).isEqualTo(1);
            assertThat(bottom.doubleValue()).as("decision page with a trend, bottom (px) in print")
                    .isLessThanOrEqualTo(A4_PRINTABLE_PX);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        // on screen the appendix is there, collapsed; report --appendix prints it (many more pages)
        driver.get(html.toUri().toString());
        assertThat(visible("#cut-sets details.service")).isEqualTo(input.analysis().services().size());
        assertThat(visible("#cut-sets details.service[open]")).isZero();
        Path withAppendix = write("report-print-appendix.html", new HtmlReportWriter(true).render(input));
        driver.get(withAppendix.toUri().toString());
        assertThat(pdfPages(printToPdf())).as("pages with --appendix").isGreaterThan(pages + 5);
    }

    @Test
    void aClassifiedReportCarriesItsMarkingAtTopAndBottomOnScreenAndOnEveryPrintedPage() throws Exception {
        assumeTrue(driver != null, "browser test skipped: needs " + CHROMIUM + " and " + DRIVER);
        String mark = "DEPARTEMENTAAL VERTROUWELIJK";
        ReportInput plain = exampleInput();
        ReportInput input = new ReportInput(plain.model().withClassification(org.neverout.model.Classification.of(mark)),
                plain.analysis(), plain.findings(), plain.control(), plain.availability(), plain.compliance(),
                plain.meta(), plain.connectivity(), plain.previous(), plain.periods(), plain.plan(), plain.attack(),
                plain.capacity(), plain.sectors());
        Path html = write("report-classified.html", new HtmlReportWriter().render(input));
        driver.manage().window().setSize(new Dimension(1280, 1800));
        driver.get(html.toUri().toString());
        assertThat(visible(".classification.top")).isEqualTo(1);
        assertThat(visible(".classification.bottom")).isEqualTo(1);
        Object first = ((JavascriptExecutor) driver).executeScript(
                "return [document.body.firstElementChild.className, document.body.lastElementChild.className,"
                        + " document.body.firstElementChild.textContent];");
        assertThat(((List<?>) first).stream().map(String::valueOf).toList())
                .containsExactly("classification top", "classification bottom", mark);
        byte[] pdf = printToPdf();
        Path file = TARGET.resolve("report-classified.pdf");
        Files.write(file, pdf);
        driver.get(write("report-unclassified.html", new HtmlReportWriter().render(plain)).toUri().toString());
        assertThat(pdfPages(pdf)).as("the marking takes no page of its own")
                .isEqualTo(pdfPages(printToPdf())).isBetween(3, 12);

        // each printed page, as text: the marking in its top and in its bottom margin (poppler's pdftotext)
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        assumeTrue(Files.isExecutable(pdftotext), "per-page check skipped: needs pdftotext (poppler-utils)");
        Process p = new ProcessBuilder(pdftotext.toString(), "-layout", file.toAbsolutePath().toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        List<String> pages = java.util.Arrays.stream(text.split("\f")).filter(s -> !s.isBlank()).toList();
        assertThat(pages).hasSize(pdfPages(pdf));
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = pages.get(i).lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines.get(0).strip()).as("first line of page " + (i + 1)).isEqualTo(mark);
            assertThat(lines.get(lines.size() - 1).strip()).as("last line of page " + (i + 1)).isEqualTo(mark);
        }
    }

    /** The example as reported against a store: a previous period and four recorded periods before "now". */
    static ReportInput withStore(ReportInput input) {
        List<List<String>> then = new java.util.ArrayList<>();
        for (int i = 0; i < input.findings().size(); i += 2) {
            then.add(input.findings().get(i).cutSet());
        }
        for (int i = 0; i < 12; i++) {
            then.add(List.of("retired-node-" + i, "retired-link-" + i));
        }
        Map<String, Double> unavailability = new java.util.LinkedHashMap<>();
        input.availability().services().forEach(a -> unavailability.put(a.id(), a.unavailability() * 2));
        PreviousRun previous = new PreviousRun("2026-Q3", java.time.Instant.parse("2026-08-30T12:00:00Z"),
                "0a1b2c3d".repeat(8), ReportFacts.of(input).verdicts().stream()
                .map(v -> new PreviousRun.ServiceStanding(v.id(), "meets", 5)).toList(), then, unavailability);
        List<PeriodSeries.Period> periods = new java.util.ArrayList<>();
        for (int q = 0; q < 4; q++) {
            periods.add(new PeriodSeries.Period("2026-Q" + q, java.time.Instant.parse("2026-01-01T00:00:00Z")
                    .plusSeconds(86400L * 91 * q), java.time.LocalDate.of(2026, 1, 1).plusDays(91L * q), "h" + q,
                    10 - q, 2, 5 + q, "c2-north", 0.999 + 0.0002 * q));
        }
        return input.withPrevious(previous).withPeriods(new PeriodSeries(periods, false));
    }

    @Test
    void onA390PxPhoneNoTableScrollsThePageSidewaysAndJumpsLandBelowTheStickyBar() throws IOException {
        assumeTrue(driver != null, "browser test skipped: needs " + CHROMIUM + " and " + DRIVER);
        ReportInput input = withStore(exampleInput());
        Path html = write("report-phone.html", new HtmlReportWriter().render(input));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 2, "mobile", true));
        try {
            driver.get(html.toUri().toString());
            Map<?, ?> widths = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                    "var e = document.documentElement; var wide = Array.from(document.querySelectorAll('.table-box'))"
                    + ".filter(function (b) { return b.scrollWidth > b.clientWidth; }).length;"
                    + "var th = Array.from(document.querySelectorAll('th')).map(function (t) {"
                    + " return parseFloat(getComputedStyle(t).fontSize); });"
                    + "return {scroll: e.scrollWidth, client: e.clientWidth, boxes: wide, tables:"
                    + " document.querySelectorAll('table').length, boxed: document.querySelectorAll('.table-box > "
                    + "table').length, smallest: Math.min.apply(null, th)};");
            Files.write(TARGET.resolve("report-phone.png"),
                    driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            Object wide = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                    + "'body *')).filter(function (e) { return e.getBoundingClientRect().right > 391; })"
                    + ".filter(function (e) { return !e.closest('.table-box') && !e.closest('nav'); })"
                    + ".slice(0, 8).map(function (e) { return e.tagName + '.' + e.className + '#' + e.id + ' '"
                    + " + Math.round(e.getBoundingClientRect().right); }).join('; ');");
            assertThat(((Number) widths.get("client")).intValue()).isEqualTo(390);
            assertThat(((Number) widths.get("scroll")).intValue()).as("page width at 390 px; too wide: %s", wide)
                    .isLessThanOrEqualTo(390);
            // every table sits in its own scrolling box, and some of them do need it on a phone
            assertThat(widths.get("boxed")).isEqualTo(widths.get("tables"));
            assertThat(((Number) widths.get("boxes")).intValue()).isPositive();
            assertThat(((Number) widths.get("smallest")).doubleValue()).as("smallest table label (px)")
                    .isGreaterThanOrEqualTo(11);
            for (String section : List.of("findings", "limitations", "availability")) {
                assertHeadingBelowStickyBar(html, section);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        driver.manage().window().setSize(new Dimension(1280, 1800));
        for (String section : List.of("findings", "method", "compliance")) {
            assertHeadingBelowStickyBar(html, section);
        }
    }

    /** After following a link to the section, its heading is below the sticky navigation, not under it. */
    private static void assertHeadingBelowStickyBar(Path html, String section) {
        driver.get(html.toUri().toString());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.scrollTo(0, 0);");
        js.executeScript("arguments[0].click();", driver.findElement(By.cssSelector("nav.toc a[href='#" + section + "']")));
        Map<?, ?> r = (Map<?, ?>) js.executeScript(
                "var h = document.querySelector('#' + arguments[0] + ' h2');"
                + "return {heading: h.getBoundingClientRect().top, bar: document.querySelector('nav.toc')"
                + ".getBoundingClientRect().bottom, scrolled: scrollY};", section);
        assertThat(((Number) r.get("scrolled")).doubleValue()).as("jumped to %s", section).isPositive();
        assertThat(((Number) r.get("heading")).doubleValue()).as("%s heading top vs sticky bar bottom", section)
                .isGreaterThanOrEqualTo(((Number) r.get("bar")).doubleValue());
    }

    private static ReportInput exampleInput() {
        Model model = TestModels.example().orElseGet(() -> TestModels.parse(RealisticModel.yaml(), "realistic.yaml"));
        return TestModels.withSampleSections(TestModels.input(model, 2));
    }

    private static Path write(String name, String html) throws IOException {
        Files.createDirectories(TARGET);
        Path file = TARGET.resolve(name).toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /** The page printed to PDF on A4 by Chromium itself (DevTools Page.printToPDF), the page's own margins. */
    private static byte[] printToPdf() {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 210 / 25.4,
                "paperHeight", 297 / 25.4, "preferCSSPageSize", true, "printBackground", true));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Page objects of a PDF ({@code /Type /Page}, not {@code /Pages}); Chromium writes them uncompressed. */
    static int pdfPages(byte[] pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Type\\s*/Page(?![a-zA-Z])")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
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
        return fullPage(1280);
    }

    private static byte[] fullPage(int width) {
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width,
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
