/**
 * The clerks' HTTP API for agreements: one POST per command, the read of an agreement's current
 * state, and the bodies clerks send, validated at the edge before any command is sent.
 */
package accord.http.agreements;
