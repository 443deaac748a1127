/**
 * Kafka publication (docs/kafka.md): every committed event published once, in ledger-position
 * order, as a structured CloudEvent keyed by its agreement, by one transactional producer that
 * follows the ledger. Where it resumes comes from the topic itself, read committed, with the
 * cursor row in {@code kafka_publication} as a floor; the same row holds the lease that lets one
 * node publish at a time.
 */
package accord.query.kafka;
