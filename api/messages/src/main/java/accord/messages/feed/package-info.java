/**
 * The published shape of Accord's event feeds: every event as a CloudEvent, its type names, its
 * extensions and where its JSON Schema lives. The same for the HTTP feed, the Server-Sent Events
 * stream, webhooks and Kafka.
 */
package accord.messages.feed;
