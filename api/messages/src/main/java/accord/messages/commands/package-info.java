/**
 * The commands clerks send: one record per command, each naming its agreement, its world date and its sources.
 */
package accord.messages.commands;
