package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.SignAgreement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/sign-agreement}: records the signing of a proposed or scheduled agreement.
 *
 * @param signatories who signed, at least one
 * @param place where, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record SignAgreementBody(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SignatoryBody> signatories,
        @Size(max = 200) @PlainText String place,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new SignAgreement(agreementId, Conversions.signatories(signatories), place, occurredOn, Conversions.sources(sources));
    }
}
