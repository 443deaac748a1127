/**
 * Webhooks (docs/webhooks.md): subscriptions that deliver the feed's events to integrators'
 * HTTPS endpoints as signed CloudEvents (Standard Webhooks), one event per request, in ledger-position
 * order, at least once, with the delivery state, backoff and leases kept in the database.
 */
package accord.query.webhooks;
