/**
 * The event feed integrators follow (docs/feeds.md): every committed event in ledger-position
 * order, gap-free, read from the ledger's leaves and the events they commit to, written as
 * CloudEvents; and the tail that tells readers as soon as the ledger grows.
 */
package accord.query.feed;
