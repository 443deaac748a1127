package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.FormTaskForce;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/form-task-force}: records that a task force was formed.
 *
 * @param name its name, unique within the agreement
 * @param members codes of the parties taking part, at least one
 * @param mandate what it is to do
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record FormTaskForceBody(
        @NotBlank @Size(max = 200) @PlainText String name,
        @NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = PartyBody.CODE_PATTERN, message = PartyBody.CODE_MESSAGE) String> members,
        @NotBlank @Size(max = 2000) @PlainText(lineBreaks = true) String mandate,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new FormTaskForce(agreementId, name, Conversions.texts(members), mandate, occurredOn, Conversions.sources(sources));
    }
}
