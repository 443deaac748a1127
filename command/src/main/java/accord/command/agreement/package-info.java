/**
 * The write side of an agreement: the event-sourced {@link accord.command.agreement.Agreement}
 * aggregate, the named rules it enforces, and the Axon pieces that route commands to it and turn
 * Axon's failures into domain refusals. Free of Spring and persistence.
 */
package accord.command.agreement;
