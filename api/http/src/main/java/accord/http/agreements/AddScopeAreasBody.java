package accord.http.agreements;

import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AddScopeAreas;
import accord.messages.commands.AgreementCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/add-scope-areas}: records further areas the agreement covers.
 *
 * @param areas the areas, at least one
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AddScopeAreasBody(
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) @PlainText String> areas,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new AddScopeAreas(agreementId, Conversions.texts(areas), occurredOn, Conversions.sources(sources));
    }
}
