/**
 * The auditors' console: server-rendered pages (Thymeleaf) for people who would rather look than
 * read JSON. {@code /console} lists and searches agreements; {@code /console/agreements/{id}} shows
 * one agreement's state laid out for reading, its timeline (world dates at their precision beside
 * recording instants), a version slider, a side-by-side diff, live events and, for clerks, forms
 * that record milestones.
 *
 * <p>The pages read through the same read-API components the JSON endpoints use (search, state,
 * time travel, history, diff, and the feed for event ids), so validation and answers cannot drift.
 * The slider, the diff and live updates fetch HTML fragments rendered by the same templates as the
 * page, so no state is rendered twice (once in Java, once in JavaScript). The clerks' forms post
 * JSON to the HTTP API itself, with {@code If-Match}. Refusals on console routes are problem
 * details: a page for a browser, {@code application/problem+json} for a client that asks for it
 * ({@link ConsoleProblems}).
 */
package accord.http.console;
