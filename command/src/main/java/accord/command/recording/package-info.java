/**
 * What the write side stores with every event besides its payload: who recorded it, the
 * correlation id of the request and the command that caused it.
 */
package accord.command.recording;
