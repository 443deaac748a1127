package accord.http.demo;

import accord.http.agreements.AgreementRequest;
import java.util.List;

/**
 * One seed agreement: its id and the bodies a clerk sends, in order, to record what its report says.
 *
 * @param agreementId the agreement's id
 * @param steps the bodies, in the order they are recorded; the first creates the agreement
 */
public record SeedAgreement(String agreementId, List<AgreementRequest> steps) {

    /** @param agreementId the id @param steps the bodies */
    public SeedAgreement {
        steps = List.copyOf(steps);
    }
}
