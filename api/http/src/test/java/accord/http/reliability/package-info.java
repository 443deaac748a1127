/**
 * The reliability suite (issue 8): the packaged service run as separate processes
 * ({@link accord.http.testsupport.ServiceNode}) and killed with {@code SIGKILL} while clients write
 * ({@link accord.http.reliability.CrashSafetyIT}), and three nodes on one PostgreSQL
 * ({@link accord.http.reliability.MultiNodeIT}). What each scenario checks, how to run it and what
 * it measured: {@code docs/reliability.md}.
 */
package accord.http.reliability;
