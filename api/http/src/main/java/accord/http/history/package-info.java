/**
 * The auditors' HTTP API: an agreement's history, event by event, and what changed between two
 * of its versions.
 */
package accord.http.history;
