/**
 * The rebuild benchmark: a ledger of generated events written straight into the event table,
 * every projection rebuilt from it by the packaged service, against a raw paged JDBC read of the
 * same events; plus the read latencies of a long history and of agreement states.
 */
package accord.benchmark.rebuild;
