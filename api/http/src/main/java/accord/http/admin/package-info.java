/**
 * Operating the read side (ADMIN only): every event processor Axon runs, with its position, its
 * lag behind the head of the event stream, replays and dead letters; rebuilds; retrying and
 * evicting dead letters; and the {@code readSide} health contributor that reports a stalled
 * processor. Processors are discovered from Axon's configuration, never listed by hand.
 */
package accord.http.admin;
