/**
 * Every event of every agreement as the ledger recorded it: the history projection, and the
 * reads built on it (an agreement's history, its state as of an earlier point, the difference
 * between two versions).
 */
package accord.query.history;
