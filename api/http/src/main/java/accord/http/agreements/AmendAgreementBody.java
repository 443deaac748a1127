package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.AmendAgreement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/amend}: records an amendment.
 *
 * @param summary what the amendment changes
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AmendAgreementBody(
        @NotBlank @Size(max = 4000) @PlainText(lineBreaks = true) String summary,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new AmendAgreement(agreementId, summary, occurredOn, Conversions.sources(sources));
    }
}
