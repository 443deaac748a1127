package accord.messages.agreement;

/**
 * Where a recorded fact comes from. Every recorded fact cites at least one source.
 *
 * @param publisher who published it, for example "Bloomberg"
 * @param title the title of the report
 * @param url where it can be read; http or https
 * @param publishedOn when it was published, written at the precision known: 2025-09-23, 2025-09 or 2025
 * @param language the report's language as an ISO 639-1 code, for example "de"
 */
public record Source(String publisher, String title, String url, String publishedOn, String language) {
}
