/**
 * Searching and listing agreements: a summary of every agreement kept for filtering, and the
 * query that answers a page of them.
 */
package accord.query.search;
