package org.draftroom.web.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

/**
 * One headless Chromium window on the web client: Debian's chromium and chromedriver, never a
 * downloaded browser (Selenium Manager is not used: the driver's path is given). Test classes
 * carry {@link RequiresChromium}, which skips them, saying so, when the browser is missing.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DRAFTROOM_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("DRAFTROOM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private final ChromeDriver driver;
    private final URI base;
    private final Path profile;

    Browser(URI base, int width, int height) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("draftroom-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    <T> T until(Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return within(Duration.ofSeconds(15), condition);
    }

    <T> T within(Duration timeout, Function<? super org.openqa.selenium.WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(50)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("failure-" + System.currentTimeMillis());
            Object errors = script("return [...document.querySelectorAll('.error')].map(e => e.textContent).join(' | ')");
            throw new AssertionError("Timed out; screenshot " + shot + "; errors on the page: " + errors, e);
        }
    }

    /** The text of the element {@code css} selects, once it exists; live refreshes may replace it meanwhile. */
    String text(String css) {
        return until(d -> {
            try {
                return d.findElement(By.cssSelector(css)).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return until(ExpectedConditions.elementToBeClickable(by));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void signIn(String username, String password) {
        open("/");
        visible(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.signin button[type=submit]")).click();
        visible(By.cssSelector("[data-testid=current-user]"));
    }

    /** Runs {@code action} until it gets through without meeting an element that a live refresh replaced meanwhile. */
    void retrying(Runnable action) {
        until(d -> {
            try {
                action.run();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException
                     | org.openqa.selenium.ElementNotInteractableException e) {
                return false;
            }
        });
    }

    /** Answers the confirmation dialog of an irreversible step with its go-ahead button; answers the dialog's text. */
    String confirm() {
        WebElement dialog = visible(By.cssSelector("dialog[open][data-testid=confirm-dialog]"));
        String text = dialog.getText();
        dialog.findElement(By.cssSelector("button[data-testid=confirm]")).click();
        until(d -> d.findElements(By.cssSelector("dialog[open][data-testid=confirm-dialog]")).isEmpty());
        return text;
    }

    /** Saves target/e2e-screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path to = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
