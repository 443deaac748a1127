/**
 * The feed benchmark: on a generated, notarised ledger, how fast a new consumer catches up through
 * {@code GET /events} (against a raw JDBC read of the same rows), and how long an event takes from
 * its command to a client of {@code GET /events/stream} (against the command's own round trip).
 */
package accord.benchmark.feed;
