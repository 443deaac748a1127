/**
 * Idempotency keys on the command endpoints (the IETF draft "The Idempotency-Key HTTP Header Field"):
 * a retried command with the same key and the same request gets the first answer again and records
 * nothing more, on any node and across restarts; the same key with another request is refused.
 * See docs/clerks.md.
 */
package accord.http.idempotency;
