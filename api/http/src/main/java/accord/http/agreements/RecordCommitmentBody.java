package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.RecordCommitment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/record-commitment}: records a commitment.
 *
 * @param party code of the committing party, or null for a joint commitment
 * @param description what is committed
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record RecordCommitmentBody(
        @Pattern(regexp = PartyBody.CODE_PATTERN, message = PartyBody.CODE_MESSAGE) String party,
        @NotBlank @Size(max = 2000) @PlainText(lineBreaks = true) String description,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new RecordCommitment(agreementId, party, description, occurredOn, Conversions.sources(sources));
    }
}
