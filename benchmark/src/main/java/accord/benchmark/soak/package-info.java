/**
 * The soak: the packaged service with a capped heap under ten minutes of mixed writes, reads and
 * Server-Sent Events subscribers ({@code bash benchmark/soak}).
 */
package accord.benchmark.soak;
