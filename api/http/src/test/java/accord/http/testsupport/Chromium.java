package accord.http.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven by Playwright for Java. The tests never download a browser:
 * Playwright is told to skip its own, and launches {@code /usr/bin/chromium} (or the executable
 * named by {@code ACCORD_CHROMIUM}). A missing browser fails the test with what to install; it is
 * never a skip, because {@code .ci/run} installs Debian's {@code chromium}.
 *
 * <p>The flags keep Chromium off the network it cannot reach here (background networking,
 * component updates, sync) and let it run as root in a sandboxless container.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Playwright's driver and a headless Debian Chromium. */
    public static Chromium launch() {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable
                    + ": install Debian's chromium (apt-get install chromium), as .ci/run does,"
                    + " or name another executable in ACCORD_CHROMIUM");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(FLAGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    private static Path executable() {
        String named = System.getenv("ACCORD_CHROMIUM");
        return Path.of(named == null || named.isBlank() ? "/usr/bin/chromium" : named);
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
