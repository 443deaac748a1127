/**
 * The command-throughput benchmark: N concurrent clerks send load-then-append commands to the
 * packaged service over HTTP against PostgreSQL, and the same transaction shape is measured in
 * raw JDBC at the same concurrency as the baseline. Run it with {@code bash benchmark/run}.
 */
package accord.benchmark;
