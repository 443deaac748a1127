package accord.http.agreements;

/**
 * What every successful command answers.
 *
 * @param agreementId the agreement the command was about
 * @param version the agreement's version after the command: the sequence number of its last event
 * @param position the ledger position of the command's last event (docs/ledger.md), or null
 *     when it could not be found
 */
public record Receipt(String agreementId, long version, Long position) {
}
