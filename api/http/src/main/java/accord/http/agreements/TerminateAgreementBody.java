package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.Slug;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.Ending;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.TerminateAgreement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/terminate}: records that the agreement ended.
 *
 * @param ending TERMINATED, EXPIRED or SUPERSEDED
 * @param reason why it ended
 * @param supersededBy the id of the superseding agreement; required when SUPERSEDED
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record TerminateAgreementBody(
        @NotNull Ending ending,
        @NotBlank @Size(max = 2000) @PlainText(lineBreaks = true) String reason,
        @Slug String supersededBy,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new TerminateAgreement(agreementId, ending, reason, supersededBy, occurredOn, Conversions.sources(sources));
    }
}
