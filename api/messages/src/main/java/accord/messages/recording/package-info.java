/** What the ledger records about each event besides its payload: who recorded it and in which context. */
package accord.messages.recording;
