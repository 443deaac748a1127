/**
 * Specifications of operating the read side: processors with their lag, rebuilds, dead letters and
 * the read side's health, over real HTTP on PostgreSQL. They run on a database of their own
 * ({@link accord.http.admin.ReadSideDatabase}): every application context of a test run keeps its
 * processors' claims alive, so on a shared database another context could own the segments these
 * tests rebuild and observe.
 */
package accord.http.admin;
