package accord.query.kafka;

/**
 * An event as the topic holds it.
 *
 * @param position its ledger position
 * @param eventId  its id (the CloudEvent's {@code id})
 */
record PublishedEvent(long position, String eventId) {
}
