/**
 * Axon on a relational database: the JDBC event store, token store and dead-letter queue, on
 * the tables that Flyway creates ({@code db/migration/{vendor}/V1__axon_infrastructure.sql}).
 * Axon never creates a table itself.
 */
package accord.http.platform.persistence;
