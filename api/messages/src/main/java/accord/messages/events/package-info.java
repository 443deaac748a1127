/**
 * The events the ledger stores: one past-tense record per event type.
 */
package accord.messages.events;
