package accord.messages.recording;

/**
 * What a successful command recorded.
 *
 * @param agreementId the agreement the command was about
 * @param version the agreement's version after the command: the sequence number of its last event, starting at 0
 */
public record Recorded(String agreementId, long version) {
}
