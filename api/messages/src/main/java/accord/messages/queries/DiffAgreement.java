package accord.messages.queries;

/**
 * Asks which facts of an agreement changed between two versions, and which events changed them.
 * Answered with an {@link AgreementDiff}, or none when the read side knows no event of the agreement.
 *
 * @param agreementId the agreement's id
 * @param fromVersion the earlier version
 * @param toVersion the later version, not before fromVersion
 */
public record DiffAgreement(
        String agreementId,
        long fromVersion,
        long toVersion) {
}
