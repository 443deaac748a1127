/**
 * The Spring wiring of the write side: the agreement aggregate's registration with Axon, its
 * snapshots, its command routing and the metadata stamped on every event.
 */
package accord.command.configuration;
