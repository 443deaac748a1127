/**
 * The console in a real browser: Debian's Chromium, headless, driven by Playwright for Java, on the
 * demo agreements ({@link accord.http.console.ConsoleDemo}); axe-core checks accessibility.
 */
package accord.http.console;
