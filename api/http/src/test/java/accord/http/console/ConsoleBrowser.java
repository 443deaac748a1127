package accord.http.console;

import accord.http.testsupport.Chromium;
import accord.http.testsupport.TestUser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * One headless Chromium for a test class, and a page signed in as a test user with HTTP Basic, on
 * the service at {@code http://127.0.0.1:<port>} (a secure context, as Web Crypto needs).
 */
final class ConsoleBrowser implements AutoCloseable {

    /** The narrow screen the console must work on. */
    static final int NARROW = 375;

    private final Chromium chromium = Chromium.launch();
    private final int port;

    ConsoleBrowser(int port) {
        this.port = port;
    }

    /** @return a new page, in a context of its own, signed in as the user, on a wide screen */
    Page as(TestUser user) {
        return as(user, 1280, 900);
    }

    /** @return a new page, in a context of its own, signed in as the user, on a screen this wide */
    Page as(TestUser user, int width, int height) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://127.0.0.1:" + port)
                .setHttpCredentials(user.name(), user.password())
                .setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    @Override
    public void close() {
        chromium.close();
    }
}
