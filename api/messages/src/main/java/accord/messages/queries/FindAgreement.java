package accord.messages.queries;

/**
 * Asks for the current state of one agreement. Answered with an {@link AgreementState}, or none when no agreement has this id.
 *
 * @param agreementId the agreement's id
 */
public record FindAgreement(
        String agreementId) {
}
