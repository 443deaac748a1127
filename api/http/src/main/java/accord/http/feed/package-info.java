/**
 * The integrators' feeds over HTTP (docs/feeds.md): {@code GET /events}, a page of CloudEvents in
 * ledger-position order, and {@code GET /events/stream}, the same as Server-Sent Events that catch
 * up and then stay live. Both read the ledger through {@code accord.query.feed}.
 */
package accord.http.feed;
