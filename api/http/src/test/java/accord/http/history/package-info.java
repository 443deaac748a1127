/** Specifications of the auditors' reads: history, time travel and diffs. */
package accord.http.history;
