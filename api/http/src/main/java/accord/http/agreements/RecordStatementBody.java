package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.RecordStatement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/record-statement}: records a public statement.
 *
 * @param speaker who spoke
 * @param party code of the party spoken for, or null
 * @param text a quotation or a faithful summary
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record RecordStatementBody(
        @NotNull @Valid PersonBody speaker,
        @Pattern(regexp = PartyBody.CODE_PATTERN, message = PartyBody.CODE_MESSAGE) String party,
        @NotBlank @Size(max = 4000) @PlainText(lineBreaks = true) String text,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new RecordStatement(agreementId, speaker.toPerson(), party, text, occurredOn, Conversions.sources(sources));
    }
}
