package org.movecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movecard.support.Pdfs;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver): filter, pick, dose,
 * reorder by keyboard, download a sheet, and the template round trip. Skipped only where Chromium is
 * not installed and CI is not set; CI installs it (.ci/run).
 */
class PageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;

    static Served served;
    static ChromeDriver driver;
    static Path downloads;

    MovecardPage page;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        Assumptions.assumeTrue(installed || System.getenv("CI") != null,
                "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        served = Served.standard(dir.resolve("templates"));
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @BeforeEach
    void openPage() {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        page = new MovecardPage(driver).open(served.server.address());
    }

    /** A script error, a refused resource or a policy violation shows up in the browser's console. */
    @AfterEach
    void theConsoleStaysClean() {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // Error answers the page asked for on purpose (a bad dose, a missing token, a handout that
                // cannot fit the pages asked) are logged too.
                .filter(message -> !message.matches(".*the server responded with a status of (400|401|422).*"))
                .toList();
        assertThat(severe).isEmpty();
    }

    @Test
    void filterPickDoseReorderAndDownloadASheet() throws Exception {
        page.filterByRegion("Lower back");
        assertThat(page.visibleMoves()).hasSizeBetween(1, 9).contains("Chair twist", "Standing twist");
        assertThat(page.visibleMoveDetails()).allSatisfy(d -> assertThat(d).contains("Lower back"));
        page.search("twist");
        assertThat(page.visibleMoves()).allSatisfy(name -> assertThat(name.toLowerCase()).contains("twist"));

        page.add("Chair twist");
        page.addWithKeyboard("Standing twist");
        assertThat(page.focused()).as("focus stays on the move just added").isEqualTo(
                "Remove from programme: Standing twist");
        page.setDose("Chair twist", "Hold (seconds)", "20");
        page.setDose("Chair twist", "Times", "3");
        page.setDose("Chair twist", "Sides", "both sides");
        page.setDose("Chair twist", "How often", "twice a day");
        assertThat(page.doseText("Chair twist")).isEqualTo("chair-twist: hold 20s, 3 times, both sides, twice a day");

        page.moveUpWithKeyboard("Standing twist");
        assertThat(page.programme()).containsExactly("Standing twist", "Chair twist");
        assertThat(page.focused()).as("focus stays with the moved entry").isEqualTo("Move Standing twist down");

        page.makeA("Take-home sheet");
        page.type("Patient’s name (required)", "Robin Quill");
        page.type("Clinician", "Dr Rivera");
        assertThat(page.awaitPreview()).matches("\\d+ pages?.*");
        assertThat(page.previewImages()).isPositive();

        page.download();
        assertThat(page.status()).startsWith("Downloaded take-home-sheet.pdf");
        Path pdf = awaitDownload("take-home-sheet.pdf");
        String text = Pdfs.flat(Pdfs.text(Files.readAllBytes(pdf)));
        assertThat(text).contains("Robin Quill", "Dr Rivera", "Hold 20 seconds", "twice a day");
        assertThat(text.indexOf("Standing twist")).as("programme order").isLessThan(text.indexOf("Chair twist"));
        assertThat(served.log.toString()).doesNotContain("Robin", "Quill");
    }

    @Test
    void aTemplateKeepsTheProgrammeButNoPatient() throws Exception {
        page.add("Chair lean-back");
        page.add("Lying twist");
        page.setDose("Lying twist", "Sets", "2");
        page.makeA("Take-home sheet");
        page.type("Patient’s name (required)", "Robin Quill");
        page.saveTemplate("Desk and floor");
        String saved = Files.readString(dir.resolve("templates/Desk and floor.json"));
        assertThat(saved).contains("lying-twist: 2 sets").doesNotContain("Robin");

        page = new MovecardPage(driver).open(served.server.address());
        assertThat(page.programme()).isEmpty();
        page.loadTemplate("Desk and floor");
        assertThat(page.programme()).containsExactly("Chair lean-back", "Lying twist");
        assertThat(page.doseText("Lying twist")).isEqualTo("lying-twist: 2 sets");
        assertThat(page.value("Patient’s name (required)")).isEmpty();
    }

    @Test
    void withATokenThePageAsksForItOnce() {
        String token = "browser-test-token-0123456789";
        try (Served guarded = new Served(org.movecard.support.Catalogues.bundled(), null, dir.resolve("guarded"), token,
                1, 8)) {
            MovecardPage asked = new MovecardPage(driver).openWithToken(guarded.server.address(), token);
            assertThat(asked.visibleMoves()).hasSize(10);
            asked.makeA("Desk handout");
            assertThat(asked.awaitPreview()).matches("\\d+ pages");
        }
    }

    @Test
    void aDeskHandoutFitsOnePageToPinUp() {
        page.makeA("Desk handout");
        for (String move : List.of("Chair lean-back", "Chair twist", "Standing fist press")) {
            page.add(move);
        }
        page.choose("Fit on", "1 page, to pin up");
        assertThat(page.awaitPreview()).isEqualTo("1 page");
        // All ten moves cannot: the page says how many pages they need.
        for (String move : List.of("Chair lean-back", "Chair twist", "Standing fist press")) {
            page.remove(move);
        }
        assertThat(page.awaitPreviewProblem()).matches("the handout needs \\d+ pages with 10 pt text.*");
    }

    @Test
    void aBadDoseIsExplainedAndItsFieldMarked() {
        page.add("Chair twist");
        page.add("Lying twist");
        page.makeA("Take-home sheet");
        page.typeDoseText("Lying twist", "lying-twist: hold 20");
        assertThat(page.awaitPreviewProblem()).isEqualTo("moves: move 2: \"hold 20\": give the hold time in seconds or minutes"
                + " — write e.g. \"hold 20s\", \"hold 10-20 seconds\" or \"hold 1 min\"");
        assertThat(page.doseTextMarkedInvalid("Lying twist")).isTrue();
        assertThat(page.doseTextMarkedInvalid("Chair twist")).isFalse();
    }

    @Test
    void thePageReflowsAt200PercentZoom() throws Exception {
        page.filterByRegion("Lower back");
        page.add("Chair twist");
        page.add("Lying twist");
        page.setDose("Chair twist", "Hold (seconds)", "20");
        page.setDose("Chair twist", "Times", "3");
        page.setDose("Chair twist", "How often", "twice a day");
        page.makeA("Take-home sheet");
        page.type("Patient’s name (required)", "Sample Patient");
        page.type("Clinician", "Dr Rivera");
        page.awaitPreview();
        Files.createDirectories(SCREENSHOTS);
        save("page.png");
        driver.manage().window().setSize(new Dimension(1920, 1200));
        driver.executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
        assertThat(page.fitsWidth()).isTrue();
        Files.write(SCREENSHOTS.resolve("overview.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        assertThat(page.fitsWidth()).isTrue();
        // 200 % zoom of a 1280 px window leaves 640 CSS pixels: the page must reflow into one column.
        driver.manage().window().setSize(new Dimension(640, 1000));
        assertThat(page.fitsWidth()).as("no sideways scrolling at 640 CSS px").isTrue();
        save("page-200.png");
    }

    /**
     * A screenshot for looking at, under target/screenshots: the top of the page, or with
     * -Dmovecard.fullPage=true the whole page (the window made as tall as the page; slower).
     */
    private static void save(String name) throws Exception {
        Dimension size = driver.manage().window().getSize();
        if (Boolean.getBoolean("movecard.fullPage")) {
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) height + 140));
        }
        driver.executeScript("window.scrollTo(0, 0);");
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(size);
    }

    private static Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        return new FluentWait<>(file).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100))
                .until(f -> {
                    try (Stream<Path> partial = Files.list(downloads)) {
                        boolean inProgress = partial.anyMatch(p -> p.toString().endsWith(".crdownload"));
                        return !inProgress && Files.exists(f) ? f : null;
                    } catch (java.io.IOException e) {
                        return null;
                    }
                });
    }
}
