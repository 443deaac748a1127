/**
 * The current state of each agreement: how events evolve it, where the read side keeps it, and
 * the query that serves it.
 */
package accord.query.agreement;
