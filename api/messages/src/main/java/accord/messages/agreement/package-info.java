/**
 * The value types of the agreement domain: parties, signatories, sources, world dates and the
 * lifecycle. Plain records and enums with no framework dependency.
 */
package accord.messages.agreement;
