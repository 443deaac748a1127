/**
 * The event catalogue integrators build against (docs/catalogue.md): the JSON Schema of every event
 * type and revision, served from the files {@code accord-messages} ships under
 * {@code accord/messages/schemas/events}, an index of them, and the AsyncAPI 3.0 document of the
 * feeds (the Server-Sent Events stream, the HTTP pages, webhooks and Kafka), generated from the same
 * schemas when the service starts. Everything here is public: it is the published contract.
 */
package accord.http.catalogue;
