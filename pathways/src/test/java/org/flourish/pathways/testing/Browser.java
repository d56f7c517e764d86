package org.flourish.pathways.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, driven as a person would use the web app: open a page, fill a form, press a button,
 * read what the page says. Each instance is a fresh profile (a fresh {@code --user-data-dir}); screenshots go to
 * {@code flourish.web.shots}; {@link #accessibilityViolations()} runs axe-core (WCAG 2.1 A and AA rules) in the page.
 */
public final class Browser implements AutoCloseable {

    private static final String AXE = readAxe();

    private final ChromeDriver driver;
    private final URI app;
    private final Path profile;

    private Browser(ChromeDriver driver, URI app, Path profile) {
        this.driver = driver;
        this.app = app;
        this.profile = profile;
    }

    /** A browser on the web app at {@code app} (its root, e.g. {@code http://127.0.0.1:PORT/pathways/}). */
    public static Browser open(URI app) throws IOException {
        return open(app, true);
    }

    /** A browser whose pages run no script at all, as with JavaScript turned off. */
    public static Browser withoutJavaScript(URI app) throws IOException {
        return open(app, false);
    }

    private static Browser open(URI app, boolean javaScript) throws IOException {
        Path profile = Files.createTempDirectory("flourish-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, app, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(app.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
    }

    public Browser signIn(String user, String password) {
        go("sign-in");
        field("username").clear();
        field("username").sendKeys(user);
        field("password").sendKeys(password);
        submit(driver.findElement(By.cssSelector("main form button[type=submit]")));
        return this;
    }

    /** Whether the element's page has been replaced (Chromium says so in more than one way). */
    private static boolean isGone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    public Browser signOut() {
        submit(driver.findElement(By.cssSelector("header form[action$='sign-out'] button")));
        return this;
    }

    /** Presses a form's button and waits for the page that answers (the old one gone, the new one loaded). */
    public Browser submit(WebElement button) {
        WebElement before = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> isGone(before));
        waitUntil(d -> "complete".equals(script("return document.readyState")));
        return this;
    }

    public WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The visible text of the main content. */
    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    /** Saves a PNG of the page under {@code flourish.web.shots}; returns where. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("flourish.web.shots", "target/screenshots"));
            Files.createDirectories(dir);
            Long height = (Long) script("return Math.min(4000, document.documentElement.scrollHeight)");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, Math.max(800, height.intValue())));
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's violations of the WCAG 2.1 A and AA rules on the current page: id, impact and the nodes' targets. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> accessibilityViolations() {
        script(AXE);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', help: String(e)}]); });");
        return (List<Map<String, Object>>) result;
    }

    private static String readAxe() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
