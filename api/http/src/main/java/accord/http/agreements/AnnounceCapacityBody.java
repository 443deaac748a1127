package accord.http.agreements;

import accord.http.agreements.validation.ExactNumber;
import accord.http.agreements.validation.PlainText;
import accord.http.agreements.validation.WorldDate;
import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.commands.AnnounceCapacity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /agreements/{id}/announce-capacity}: records that the project's capacity was announced.
 *
 * @param amount how much, a positive number
 * @param unit the unit, for example MW, GW or USD
 * @param description what it measures, or null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record AnnounceCapacityBody(
        @NotNull @Positive @ExactNumber BigDecimal amount,
        @NotBlank @Size(max = 20) @PlainText String unit,
        @Size(max = 1000) @PlainText(lineBreaks = true) String description,
        @NotNull @WorldDate OccurredOn occurredOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid SourceBody> sources) implements AgreementRequest {

    @Override
    public AgreementCommand toCommand(String agreementId) {
        return new AnnounceCapacity(agreementId, amount, unit, description, occurredOn, Conversions.sources(sources));
    }
}
